/**
 * The shell scripts `whorunsit completion SHELL` prints. Each asks `whorunsit __complete` for
 * the candidates, so commands, options and names from the model are completed alike in every
 * shell; when it offers nothing, the shell completes file names.
 */
export const COMPLETION_SCRIPTS: Readonly<Record<'bash' | 'zsh' | 'fish', string>> = {
  bash: `# whorunsit completion for bash. Load it with: source <(whorunsit completion bash)
_whorunsit() {
  local IFS=$'\\n'
  COMPREPLY=($(whorunsit __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _whorunsit whorunsit
`,
  zsh: `#compdef whorunsit
# whorunsit completion for zsh. Load it with: source <(whorunsit completion zsh)
_whorunsit() {
  local -a candidates
  candidates=("\${(@f)$(whorunsit __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  if [[ -n "\${candidates[1]}" ]]; then
    compadd -- "\${candidates[@]}"
  else
    _files
  fi
}
if (( $+functions[compdef] )); then
  compdef _whorunsit whorunsit
fi
`,
  fish: `# whorunsit completion for fish. Load it with: whorunsit completion fish | source
function __whorunsit_complete
    set -l words (commandline -opc) (commandline -ct)
    whorunsit __complete -- $words[2..-1] 2>/dev/null
end
complete -c whorunsit -a '(__whorunsit_complete)'
`,
};
