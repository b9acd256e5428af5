#!/usr/bin/env bash
# Adds a migration with the same NAME to both provider assemblies (SQLite and PostgreSQL).
# Usage: dev/add-migration.sh NAME      (never hand-edit the generated files)
set -euo pipefail
name=${1:?usage: dev/add-migration.sh NAME}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet restore src/Gongkai.Migrations.Sqlite >/dev/null
dotnet restore src/Gongkai.Migrations.Postgres >/dev/null
for provider in Sqlite Postgres; do
  project=src/Gongkai.Migrations.$provider
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations
done
dotnet format whitespace src/Gongkai.Migrations.Sqlite/Gongkai.Migrations.Sqlite.csproj
dotnet format whitespace src/Gongkai.Migrations.Postgres/Gongkai.Migrations.Postgres.csproj
