#!/usr/bin/env bash
# Scales the console stack to N instances: updates DesiredCapacity (and MaxSize when N exceeds it),
# keeping the previous template and every other parameter.
#
#   infra/scale.sh N [--stack-name NAME] [--endpoint-url URL] [--region REGION] [--profile NAME] [--no-wait]
set -euo pipefail

fail() { echo "scale.sh: $*" >&2; exit 1; }

stack=eucaconsole wait=1 count=""
aws_args=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --stack-name) stack="$2"; shift 2 ;;
        --endpoint-url) aws_args+=(--endpoint-url "$2"); shift 2 ;;
        --region) aws_args+=(--region "$2"); shift 2 ;;
        --profile) aws_args+=(--profile "$2"); shift 2 ;;
        --no-wait) wait=0; shift ;;
        -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) fail "unknown option $1" ;;
        *) [[ -z "$count" ]] || fail "one instance count only"; count="$1"; shift ;;
    esac
done

command -v aws >/dev/null || fail "the aws CLI is not installed (pip install awscli)"
[[ "$count" =~ ^[0-9]+$ && "$count" -ge 1 ]] || fail "give the number of console instances, 1 or more (e.g. scale.sh 3)"
awscli() { aws "${aws_args[@]}" "$@"; }
# shellcheck source=infra/stack-params.sh
source "$(dirname "$0")/stack-params.sh"

parameters=$(current_parameters "$stack") || fail "stack $stack not found"
current_max=$(awk -F'\t' '$1 == "MaxSize" { print $2 }' <<<"$parameters")
current_min=$(awk -F'\t' '$1 == "MinSize" { print $2 }' <<<"$parameters")
[[ -n "$current_max" ]] || fail "stack $stack has no MaxSize parameter: is it the console stack?"
[[ "$count" -ge "${current_min:-1}" ]] || fail "$count is below the stack's MinSize ($current_min); lower MinSize first"

changes=(DesiredCapacity="$count")
[[ "$count" -gt "$current_max" ]] && changes+=(MaxSize="$count")
params=$(update_parameters_json "$parameters" "$(template_defaults --stack-name "$stack")" "${changes[@]}")

if ! out=$(awscli cloudformation update-stack --stack-name "$stack" --use-previous-template --parameters "$params" 2>&1); then
    [[ "$out" == *"No updates are to be performed"* ]] || fail "update failed: $out"
    echo "Stack $stack already runs $count console instance(s)"
    exit 0
fi
echo "Scaling $stack to $count console instance(s)$([[ "$count" -gt "$current_max" ]] && echo " (MaxSize raised to $count)")"
[[ $wait -eq 1 ]] && awscli cloudformation wait stack-update-complete --stack-name "$stack"
echo "Done"
