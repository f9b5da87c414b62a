#!/usr/bin/env bash
# Makes a throw-away local CA and a server certificate for localhost and
# 127.0.0.1, signed by it, with the openssl CLI.
#   scripts/dev-cert.sh DIR [--days N] [--name NAME] [--hosts "DNS:a,IP:b"]
# Writes DIR/ca.pem, DIR/ca.key, DIR/NAME.pem and DIR/NAME.key (NAME defaults
# to "server"; the keys 0600, the certificates 0644). Keeps an existing CA in
# DIR, so extra certificates (expired, wrong host) can be signed by the same CA
# in the tests.
set -euo pipefail
dir=${1:?usage: dev-cert.sh DIR [--days N] [--name NAME] [--hosts SAN] [--start DATE]}
shift
days=825
name=server
hosts="DNS:localhost,IP:127.0.0.1,IP:::1"
start=""
while [ $# -gt 0 ]; do
    case "$1" in
        --days) days=$2; shift 2 ;;
        --name) name=$2; shift 2 ;;
        --hosts) hosts=$2; shift 2 ;;
        --start) start=$2; shift 2 ;;
        *) echo "dev-cert.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
mkdir -p "$dir"
umask 077
if [ ! -f "$dir/ca.pem" ]; then
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3650 \
        -subj "/O=WalletDesk development/CN=WalletDesk dev CA" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
        -keyout "$dir/ca.key" -out "$dir/ca.pem" 2>/dev/null
fi
openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/O=WalletDesk development/CN=$name" \
    -keyout "$dir/$name.key" -out "$dir/$name.csr" 2>/dev/null
ext=$(mktemp)
trap 'rm -f "$ext"' EXIT
printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n' "$hosts" > "$ext"
if [ -n "$start" ]; then
    # A certificate valid only in the past (or future): openssl ca can set both ends.
    cadir=$(mktemp -d)
    touch "$cadir/index.txt"; echo 01 > "$cadir/serial"
    cat > "$cadir/ca.cnf" <<CNF
[ca]
default_ca = dev
[dev]
database = $cadir/index.txt
serial = $cadir/serial
new_certs_dir = $cadir
default_md = sha256
policy = any
copy_extensions = none
[any]
organizationName = optional
commonName = supplied
CNF
    openssl ca -batch -config "$cadir/ca.cnf" -cert "$dir/ca.pem" -keyfile "$dir/ca.key" -in "$dir/$name.csr" \
        -out "$dir/$name.pem" -startdate "$start" -enddate "$(date -u -d "$start + $days days" +%Y%m%d%H%M%SZ 2>/dev/null || echo "$start")" \
        -extfile "$ext" -notext 2>/dev/null
    rm -rf "$cadir"
else
    openssl x509 -req -in "$dir/$name.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAcreateserial -days "$days" \
        -extfile "$ext" -out "$dir/$name.pem" 2>/dev/null
fi
rm -f "$dir/$name.csr"
chmod 600 "$dir"/*.key
# Certificates are public: an installed server reads its own as the group
# walletdesk and every PC user reads the CA, so a copy must not stay root's alone.
chmod 644 "$dir/ca.pem" "$dir/$name.pem"
echo "dev-cert: $dir/$name.pem (CA $dir/ca.pem)"
