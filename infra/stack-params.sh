# Shared by deploy.sh and scale.sh: builds the --parameters JSON of a stack update.
# A parameter not being changed is left out when its current value is the template's default (an
# update then gives it that same default), passed with UsePreviousValue when NoEcho hides it (****),
# and passed with its current value otherwise. Why not UsePreviousValue for all: moto 5.2.1 fails on
# UsePreviousValue for a parameter left at its default at creation, and treats an explicitly passed
# default as a change; this form means the same on every cloud.

# current_parameters STACK -> "Key<TAB>Value" lines
current_parameters() {
    awscli cloudformation describe-stacks --stack-name "$1" \
        --query 'Stacks[0].Parameters[].[ParameterKey,ParameterValue]' --output text
}

# template_defaults ARGS -> "Key<TAB>Default" lines (parameters with a default) of the template that
# get-template-summary ARGS names: --stack-name S (its current template) or --template-body file://T
template_defaults() {
    awscli cloudformation get-template-summary "$@" --output json \
        --query 'Parameters[?DefaultValue!=`null`].[ParameterKey,DefaultValue]' | python3 -c '
import json, sys
for key, default in json.load(sys.stdin):
    print(f"{key}\t{default}")'
}

json_escape() {
    local s=${1//\\/\\\\}
    s=${s//\"/\\\"}
    printf '%s' "$s"
}

# update_parameters_json CURRENT_LINES DEFAULT_LINES NAME=VALUE... -> JSON array for --parameters
update_parameters_json() {
    local current="$1" defaults_text="$2"; shift 2
    declare -A defaults=()
    local dkey dvalue
    while IFS=$'\t' read -r dkey dvalue; do [[ -n "$dkey" ]] && defaults["$dkey"]="$dvalue"; done <<<"$defaults_text"
    declare -A changes=()
    local change
    for change in "$@"; do changes["${change%%=*}"]="${change#*=}"; done
    local json="[" sep="" key value
    while IFS=$'\t' read -r key value; do
        [[ -n "$key" ]] || continue
        if [[ -v "changes[$key]" ]]; then
            json+="$sep{\"ParameterKey\":\"$key\",\"ParameterValue\":\"$(json_escape "${changes[$key]}")\"}"
            unset "changes[$key]"
        elif [[ -v "defaults[$key]" && "${defaults[$key]}" == "$value" ]]; then
            continue
        elif [[ "$value" == "****" ]]; then
            json+="$sep{\"ParameterKey\":\"$key\",\"UsePreviousValue\":true}"
        else
            json+="$sep{\"ParameterKey\":\"$key\",\"ParameterValue\":\"$(json_escape "$value")\"}"
        fi
        sep=","
    done <<<"$current"
    for key in "${!changes[@]}"; do
        json+="$sep{\"ParameterKey\":\"$key\",\"ParameterValue\":\"$(json_escape "${changes[$key]}")\"}"
        sep=","
    done
    printf '%s]' "$json"
}

# create_parameters_json NAME=VALUE... -> JSON array (empty values left out, so defaults apply)
create_parameters_json() {
    local json="[" sep="" change
    for change in "$@"; do
        [[ -n "${change#*=}" ]] || continue
        json+="$sep{\"ParameterKey\":\"${change%%=*}\",\"ParameterValue\":\"$(json_escape "${change#*=}")\"}"
        sep=","
    done
    printf '%s]' "$json"
}
