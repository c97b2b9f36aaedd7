#!/usr/bin/env bash
# Deploys (or, when the stack exists, updates) the console stack from infra/template.yaml:
# makes a self-signed certificate, uploads it as a server certificate, and creates the stack.
# Prints the console URL when the stack is complete.
#
#   infra/deploy.sh --image emi-1a2b3c4d --release-url https://example.com/console.tar.gz \
#       --ssh-location 203.0.113.0/24 [--cloud-host cloud.example.com] [--key-name ops] [options]
#
# Endpoint, region and profile come from the environment (AWS_ENDPOINT_URL, AWS_DEFAULT_REGION,
# AWS_PROFILE) or from --endpoint-url / --region / --profile.
set -euo pipefail

usage() {
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
    cat <<'TEXT'
Options:
  --stack-name NAME        stack name (default: eucaconsole)
  --image ID               image for the console and Redis instances (required)
  --release-url URL        console release tarball (required on create)
  --ssh-location CIDR      network allowed SSH (required on create)
  --cloud-kind KIND        Eucalyptus (default) or Aws
  --cloud-host HOST        Eucalyptus front end the console points at
  --cloud-region REGION    region pre-selected at sign-in (default: us-east-1)
  --key-name NAME          key pair for SSH (default: none)
  --instance-type TYPE     console instance type (default: t3.small)
  --min N / --max N / --desired N   group sizes (defaults 1 / 3 / 1)
  --redis-host HOST        use an existing Redis instead of making a node
  --redis-password SECRET  Redis password (default: generated on create, kept on update)
  --cert-cn NAME           certificate common name (default: console.local)
  --cert-days N            certificate validity in days (default: 365)
  --cert-name NAME         server certificate name (default: <stack>-cert)
  --endpoint-url URL / --region REGION / --profile NAME   where the aws CLI talks to
  --no-wait                return once the create/update is accepted
TEXT
}

fail() { echo "deploy.sh: $*" >&2; exit 1; }

stack=eucaconsole image="" release="" ssh="" kind=Eucalyptus host="" cloud_region=us-east-1 key="" type=t3.small
min="" max="" desired="" redis_host="" redis_password="" cn=console.local days=365 cert_name="" wait=1
kind_given=0 region_given=0 type_given=0
aws_args=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --stack-name) stack="$2"; shift 2 ;;
        --image) image="$2"; shift 2 ;;
        --release-url) release="$2"; shift 2 ;;
        --ssh-location) ssh="$2"; shift 2 ;;
        --cloud-kind) kind="$2"; kind_given=1; shift 2 ;;
        --cloud-host) host="$2"; shift 2 ;;
        --cloud-region) cloud_region="$2"; region_given=1; shift 2 ;;
        --key-name) key="$2"; shift 2 ;;
        --instance-type) type="$2"; type_given=1; shift 2 ;;
        --min) min="$2"; shift 2 ;;
        --max) max="$2"; shift 2 ;;
        --desired) desired="$2"; shift 2 ;;
        --redis-host) redis_host="$2"; shift 2 ;;
        --redis-password) redis_password="$2"; shift 2 ;;
        --cert-cn) cn="$2"; shift 2 ;;
        --cert-days) days="$2"; shift 2 ;;
        --cert-name) cert_name="$2"; shift 2 ;;
        --endpoint-url) aws_args+=(--endpoint-url "$2"); shift 2 ;;
        --region) aws_args+=(--region "$2"); shift 2 ;;
        --profile) aws_args+=(--profile "$2"); shift 2 ;;
        --no-wait) wait=0; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; fail "unknown option $1" ;;
    esac
done

for tool in aws openssl; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (apt install awscli openssl, or pip install awscli)"
done
[[ "$days" =~ ^[0-9]+$ ]] || fail "--cert-days must be a number of days"
template="$(dirname "$0")/template.yaml"
[[ -f "$template" ]] || fail "template not found at $template"
cert_name="${cert_name:-$stack-cert}"

awscli() { aws "${aws_args[@]}" "$@"; }
# shellcheck source=infra/stack-params.sh
source "$(dirname "$0")/stack-params.sh"

exists=0
if status=$(awscli cloudformation describe-stacks --stack-name "$stack" --query 'Stacks[0].StackStatus' --output text 2>/dev/null); then
    [[ "$status" == "DELETE_COMPLETE" ]] || exists=1
fi

if [[ $exists -eq 0 ]]; then
    [[ -n "$image" ]] || fail "--image is required"
    [[ -n "$release" ]] || fail "--release-url is required"
    [[ -n "$ssh" ]] || fail "--ssh-location is required (the only network allowed SSH)"
    [[ "$kind" != "Eucalyptus" || -n "$host" ]] || fail "--cloud-host is required with --cloud-kind Eucalyptus"
fi

# The certificate: reuse the uploaded one of this name, else make a self-signed one and upload it.
cert_arn=$(awscli iam get-server-certificate --server-certificate-name "$cert_name" \
    --query 'ServerCertificate.ServerCertificateMetadata.Arn' --output text 2>/dev/null || true)
if [[ -z "$cert_arn" || "$cert_arn" == "None" ]]; then
    workdir=$(mktemp -d)
    trap 'rm -rf "$workdir"' EXIT
    openssl req -x509 -newkey rsa:2048 -nodes -days "$days" -subj "/CN=$cn" \
        -keyout "$workdir/key.pem" -out "$workdir/cert.pem" 2>/dev/null || fail "openssl could not make the certificate"
    cert_arn=$(awscli iam upload-server-certificate --server-certificate-name "$cert_name" \
        --certificate-body "file://$workdir/cert.pem" --private-key "file://$workdir/key.pem" \
        --query 'ServerCertificateMetadata.Arn' --output text) || fail "uploading the server certificate failed"
    echo "Uploaded server certificate $cert_name ($cert_arn), CN=$cn, valid $days days"
fi

# Parameters: on create, what was given (defaults for the rest); on update, what was given and the
# current value of everything else.
if [[ $exists -eq 0 && -z "$redis_password" ]]; then
    redis_password=$(openssl rand -hex 16)
fi
key_ring_key=""
if [[ $exists -eq 0 ]]; then
    key_ring_key=$(openssl rand -base64 32)
fi
given=(ImageId="$image" ConsoleReleaseUrl="$release" SSHLocation="$ssh" CertificateArn="$cert_arn" CloudHost="$host"
       KeyName="$key" MinSize="$min" MaxSize="$max" DesiredCapacity="$desired" RedisHost="$redis_host" RedisPassword="$redis_password"
       KeyRingKey="$key_ring_key")
[[ $kind_given -eq 1 || $exists -eq 0 ]] && given+=(CloudKind="$kind")
[[ $region_given -eq 1 || $exists -eq 0 ]] && given+=(CloudRegion="$cloud_region")
[[ $type_given -eq 1 || $exists -eq 0 ]] && given+=(InstanceType="$type")
changes=()
for pair in "${given[@]}"; do [[ -n "${pair#*=}" ]] && changes+=("$pair"); done
if [[ $exists -eq 0 ]]; then
    params=$(create_parameters_json "${changes[@]}")
else
    params=$(update_parameters_json "$(current_parameters "$stack")" "$(template_defaults --template-body "file://$template")" "${changes[@]}")
fi

if [[ $exists -eq 0 ]]; then
    awscli cloudformation create-stack --stack-name "$stack" --template-body "file://$template" --parameters "$params" >/dev/null
    echo "Creating stack $stack"
    [[ $wait -eq 1 ]] && awscli cloudformation wait stack-create-complete --stack-name "$stack"
else
    if ! out=$(awscli cloudformation update-stack --stack-name "$stack" --template-body "file://$template" --parameters "$params" 2>&1); then
        [[ "$out" == *"No updates are to be performed"* ]] || fail "update failed: $out"
        echo "Stack $stack is already up to date"
        wait=2
    else
        echo "Updating stack $stack"
    fi
    [[ $wait -eq 1 ]] && awscli cloudformation wait stack-update-complete --stack-name "$stack"
fi

url=$(awscli cloudformation describe-stacks --stack-name "$stack" \
    --query "Stacks[0].Outputs[?OutputKey=='ConsoleURL'].OutputValue" --output text)
echo "Console URL: $url"
