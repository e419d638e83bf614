#!/usr/bin/env bash
# Starts the bot (Release, fresh store, warnings-only logs) on 127.0.0.1:3978, runs the load generator against it,
# prints the bot's peak RSS, and stops the bot. Usage: bench/run-load.sh [conversations] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
conversations=${1:-32}
seconds=${2:-20}
store=$(mktemp -d)/bot.db
dotnet build -c Release src/ConventionBot >/dev/null
dotnet build -c Release bench/ConventionBot.Bench >/dev/null
ConventionBot__Storage__Path=$store Logging__LogLevel__Default=Warning ASPNETCORE_URLS=http://127.0.0.1:3978 \
  dotnet src/ConventionBot/bin/Release/net10.0/ConventionBot.dll &
bot=$!
trap 'kill $bot 2>/dev/null || true' EXIT
for _ in $(seq 60); do curl -sf http://127.0.0.1:3978/readyz >/dev/null && break; sleep 0.5; done
dotnet bench/ConventionBot.Bench/bin/Release/net10.0/ConventionBot.Bench.dll load http://127.0.0.1:3978 "$conversations" "$seconds"
echo "bot peak RSS $(( $(grep VmHWM /proc/$bot/status | awk '{print $2}') / 1024 )) MB"
