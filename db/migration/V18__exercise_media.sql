-- Clinic pictures and videos of an exercise (issue 16); a POSTER is the picture a video shows before it plays. The bytes live in the media store on disk
-- (physiorx.media.dir), named by their SHA-256; a row records what was uploaded and is never deleted:
-- removing or replacing marks it removed_at, so a published version that froze it still finds its file.
create table exercise_media (
    id              bigserial primary key,
    exercise_id     bigint       not null references exercise (id) on delete cascade,
    kind            varchar(10)  not null check (kind in ('PICTURE', 'VIDEO', 'POSTER')),
    position        integer      not null check (position >= 1),
    caption         varchar(80),
    content_type    varchar(20)  not null check (content_type in ('image/png', 'image/jpeg', 'video/mp4', 'video/webm')),
    size_bytes      bigint       not null check (size_bytes > 0),
    sha256          char(64)     not null check (sha256 ~ '^[0-9a-f]{64}$'),
    width           integer,
    height          integer,
    poster_media_id bigint references exercise_media (id),
    uploaded_by     varchar(255) not null,
    uploaded_at     timestamptz  not null default now(),
    removed_at      timestamptz
);

-- The exercise's current media in order (the library page, the API list, publishing a version)
create index exercise_media_current on exercise_media (exercise_id, kind, position) where removed_at is null;
-- One video per exercise at a time
create unique index exercise_media_one_video on exercise_media (exercise_id) where kind = 'VIDEO' and removed_at is null;

-- Moving the pictures of exercise_image into the store happens once, at start-up (LegacyPictureMoveService);
-- a moved picture is marked here so a second start moves nothing.
alter table exercise_image add column moved_at timestamptz;
