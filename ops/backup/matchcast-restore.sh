#!/usr/bin/env bash
# Restores a backup of matchcast-backup.sh into the database and model store named by the same
# environment variables (MATCHCAST_DB_URL, MATCHCAST_DB_USERNAME, MATCHCAST_DB_PASSWORD,
# MATCHCAST_DATA_DIR, MATCHCAST_MODELS_DIR):
#   ops/backup/matchcast-restore.sh /backups/matchcast-20261130T060000Z
# Stop every backend first. The target database must be empty (no tables; it is created if
# missing), and so must the embedded database's file: a restore never mixes two histories.
# The checksums of MANIFEST are checked before anything is written.
# Exit 0 done, 1 failed, 2 bad usage, 3 the target is not empty.
set -euo pipefail

usage() { echo "usage: $0 BACKUP_DIR" >&2; exit 2; }
[ $# -eq 1 ] || usage
in=$1
[ -f "$in/MANIFEST" ] || { echo "restore: $in has no MANIFEST (not a backup, or an unfinished one)" >&2; exit 2; }
[ ! -e "$in/.partial" ] || { echo "restore: $in is an unfinished backup" >&2; exit 2; }
(cd "$in" && sha256sum --quiet -c MANIFEST) || { echo "restore: $in does not match its MANIFEST" >&2; exit 1; }

data_dir=${MATCHCAST_DATA_DIR:-./data}
models_dir=${MATCHCAST_MODELS_DIR:-$data_dir/models}
db_url=${MATCHCAST_DB_URL:-}

if [ -n "$db_url" ]; then
  [ -f "$in/database.sql.gz" ] || { echo "restore: $in holds no MySQL/MariaDB dump" >&2; exit 2; }
  if [[ ! $db_url =~ ^r2dbc:(mysql|mariadb)://([^/:?]+)(:([0-9]+))?/([A-Za-z0-9_]+) ]]; then
    echo "restore: MATCHCAST_DB_URL must look like r2dbc:mysql://host:3306/matchcast, got: $db_url" >&2
    exit 2
  fi
  host=${BASH_REMATCH[2]}; port=${BASH_REMATCH[4]:-3306}; database=${BASH_REMATCH[5]}
  client=$(command -v mariadb || command -v mysql || true)
  [ -n "$client" ] || { echo "restore: the mariadb (or mysql) client is not installed" >&2; exit 1; }
  sql() {
    MYSQL_PWD=${MATCHCAST_DB_PASSWORD:-} "$client" --host="$host" --port="$port" \
      --user="${MATCHCAST_DB_USERNAME:-root}" --protocol=TCP --default-character-set=utf8mb4 "$@"
  }
  exists=$(sql -N -e "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '$database'")
  if [ "$exists" = 0 ]; then
    sql -e "CREATE DATABASE \`$database\` CHARACTER SET utf8mb4"
  fi
  tables=$(sql -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$database'")
  if [ "$tables" != 0 ]; then
    echo "restore: database $database on $host:$port has $tables tables; restore into an empty database" >&2
    exit 3
  fi
  gunzip -c "$in/database.sql.gz" | sql "$database"
  echo "restore: $in/database.sql.gz -> database $database on $host:$port"
else
  [ -f "$in/database.h2.mv.db" ] || { echo "restore: $in holds no embedded (H2) database" >&2; exit 2; }
  h2="$data_dir/matchcast.mv.db"
  if [ -e "$h2" ]; then
    echo "restore: $h2 exists; move it away first" >&2
    exit 3
  fi
  mkdir -p "$data_dir"
  cp "$in/database.h2.mv.db" "$h2"
  echo "restore: $in/database.h2.mv.db -> $h2"
fi

mkdir -p "$models_dir"
# artifacts are named by their hash and a unique id: one already in the store is the same file
tar -C "$models_dir" --skip-old-files -xzf "$in/models.tar.gz"
echo "restore: $in/models.tar.gz -> $models_dir ($(find "$models_dir" -type f -name '*.mcm' | wc -l) artifacts)"
echo "restore: done; start the backends (migrations newer than the backup run on the first start)"
