-- Media items: what card-service knows of each media file (media_view) is filled from media-service's answer when
-- a card references the file and from media-processed events; a card item's status is read from it, so the copy
-- on card_content goes. Variants are kept by name only: their links are stable paths, not storage keys.
alter table media_view
    drop column mime_type,
    drop column display_key,
    drop column thumb200_key,
    drop column thumb400_key,
    drop column audio_key,
    -- Null while only a media-processed event (which does not name the kind) has told of the file.
    alter column kind drop not null,
    add column variants text[] not null default '{}',
    add constraint media_view_failure_ck check ((status = 'failed') = (failure_reason is not null));

alter table card_content drop constraint card_content_payload_ck;
alter table card_content drop column media_status;
alter table card_content add constraint card_content_payload_ck check (
    (kind = 'text' and text is not null and media_id is null) or (kind <> 'text' and media_id is not null));

-- Schedule changes without a review (card-schedule-changed): a suspended card is never due; schedule_changed_at
-- is when the last change happened, so that no older review or change applied after it moves the card back.
alter table card
    add column suspended boolean not null default false,
    add column schedule_changed_at timestamptz;
