#!/bin/bash
# Creates the suite's topics (idempotent). media-uploaded is the workers' queue: its partition count is the most
# media workers that can share the load, so keep it at least the largest --scale you plan for.
set -euo pipefail

BOOTSTRAP="${KAFKA_BOOTSTRAP_SERVERS:-kafka:9092}"
TOPICS="/opt/kafka/bin/kafka-topics.sh --bootstrap-server $BOOTSTRAP"

create() {
    $TOPICS --create --if-not-exists --topic "$1" --partitions "$2" --replication-factor "${KAFKA_REPLICATION_FACTOR:-1}"
}

create card-events "${CARD_EVENTS_PARTITIONS:-6}"
create card-reviewed "${CARD_REVIEWED_PARTITIONS:-6}"
create media-processed "${MEDIA_PROCESSED_PARTITIONS:-6}"
create media-uploaded "${MEDIA_UPLOADED_PARTITIONS:-12}"
for topic in card-events card-reviewed media-processed media-uploaded; do
    create "$topic.dlq" 1
done
$TOPICS --list
