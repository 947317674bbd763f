#!/bin/sh
# Run by the nginx image's entrypoint before nginx starts: one `server` line per host:port of
# MATCHCAST_API_UPSTREAM (space separated) for the matchcast_api upstream of default.conf.
set -eu
out=/etc/nginx/conf.d/upstream-servers.inc
: > "$out"
for server in ${MATCHCAST_API_UPSTREAM:-backend:8080}; do
  echo "server ${server} max_fails=3 fail_timeout=10s;" >> "$out"
done
