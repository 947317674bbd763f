#!/usr/bin/env bash
# Backs up Matchcast's database and model store into a new directory:
#   ops/backup/matchcast-backup.sh /backups/matchcast-$(date -u +%Y%m%dT%H%M%SZ)
# reads the backend's own settings from the environment: MATCHCAST_DB_URL (r2dbc:mysql://host:port/db),
# MATCHCAST_DB_USERNAME (root), MATCHCAST_DB_PASSWORD, MATCHCAST_DATA_DIR (./data),
# MATCHCAST_MODELS_DIR ($MATCHCAST_DATA_DIR/models).
#
# MySQL/MariaDB: a consistent dump in one transaction (mariadb-dump, or mysqldump) while the
# backends run. The database is dumped first, then the model store: artifacts are written once
# and never changed, so every artifact the dump's model_version rows name is in the archive.
# Embedded H2 (MATCHCAST_DB_URL empty): the backend must be stopped (H2 holds the file open);
# the database file is copied.
#
# Writes database.sql.gz (or database.h2.mv.db), models.tar.gz and MANIFEST (sha256 of both,
# checked by matchcast-restore.sh). Exit 0 done, 1 failed, 2 bad usage.
set -euo pipefail

usage() { echo "usage: $0 BACKUP_DIR (a directory that does not exist yet)" >&2; exit 2; }
[ $# -eq 1 ] || usage
out=$1
[ ! -e "$out" ] || { echo "backup: $out exists already; give a new directory" >&2; exit 2; }

data_dir=${MATCHCAST_DATA_DIR:-./data}
models_dir=${MATCHCAST_MODELS_DIR:-$data_dir/models}
db_url=${MATCHCAST_DB_URL:-}

mkdir -p "$out"
partial="$out/.partial"
touch "$partial"

if [ -n "$db_url" ]; then
  if [[ ! $db_url =~ ^r2dbc:(mysql|mariadb)://([^/:?]+)(:([0-9]+))?/([A-Za-z0-9_]+) ]]; then
    echo "backup: MATCHCAST_DB_URL must look like r2dbc:mysql://host:3306/matchcast, got: $db_url" >&2
    exit 2
  fi
  host=${BASH_REMATCH[2]}; port=${BASH_REMATCH[4]:-3306}; database=${BASH_REMATCH[5]}
  dump=$(command -v mariadb-dump || command -v mysqldump || true)
  [ -n "$dump" ] || { echo "backup: mariadb-dump (or mysqldump) is not installed" >&2; exit 1; }
  # DEFINER clauses are dropped: the ledger's triggers are recreated by whoever restores
  # shellcheck disable=SC2016  # the backquotes are SQL, not shell
  MYSQL_PWD=${MATCHCAST_DB_PASSWORD:-} "$dump" --host="$host" --port="$port" \
      --user="${MATCHCAST_DB_USERNAME:-root}" --protocol=TCP \
      --single-transaction --quick --routines --triggers --hex-blob --no-tablespaces \
      --default-character-set=utf8mb4 "$database" \
    | sed -E 's/DEFINER=`[^`]+`@`[^`]+`//g' \
    | gzip -6 > "$out/database.sql.gz"
  echo "backup: database $database on $host:$port -> $out/database.sql.gz"
else
  h2="$data_dir/matchcast.mv.db"
  [ -f "$h2" ] || { echo "backup: no embedded database at $h2" >&2; exit 1; }
  if [ -e "$data_dir/matchcast.lock.db" ]; then
    echo "backup: the embedded database is open ($data_dir/matchcast.lock.db): stop the backend first" >&2
    exit 1
  fi
  cp "$h2" "$out/database.h2.mv.db"
  echo "backup: embedded database $h2 -> $out/database.h2.mv.db"
fi

mkdir -p "$models_dir"
tar -C "$models_dir" --exclude='*.part' -czf "$out/models.tar.gz" .
echo "backup: model store $models_dir ($(find "$models_dir" -type f -name '*.mcm' | wc -l) artifacts) -> $out/models.tar.gz"

(cd "$out" && sha256sum database.* models.tar.gz > MANIFEST)
rm "$partial"
echo "backup: done"
