/** Why a backup or restore cannot be done as asked. */
export type BackupErrorCode =
  /** The data folder has no database, or the backup file does not exist. */
  | 'no-input'
  /** The backup file, or the database a restore would write, exists already. */
  | 'file-exists'
  /** The file to restore is not a whole whorunsit database. */
  | 'bad-backup';

/** A backup or restore that cannot be done as asked; the message says why. */
export class BackupError extends Error {
  readonly code: BackupErrorCode;
  constructor(code: BackupErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
