-- Issue 13: typo-tolerant library search. Every word (3+ letters) of an exercise's name, tags, position and
-- text, so a misspelt search word ("sholder", "thorasic") can be matched to the nearest real one with a
-- trigram index instead of scanning the exercises. Kept by a trigger, like the search vector.
-- levenshtein() for short misspelt words, where trigrams are too few to compare ("bnd" for "band").
create extension if not exists fuzzystrmatch;

create table exercise_word (
    exercise_id bigint      not null references exercise (id) on delete cascade,
    word        varchar(60) not null,
    primary key (exercise_id, word)
);
-- equality (is the word known?) and prefix matches (short words), whatever the database's collation
create index exercise_word_word_idx on exercise_word (word text_pattern_ops);
create index exercise_word_trgm_idx on exercise_word using gin (word gin_trgm_ops);

create function exercise_words_refresh() returns trigger language plpgsql as $$
begin
    delete from exercise_word where exercise_id = new.id;
    insert into exercise_word (exercise_id, word)
    select distinct new.id, lower(m[1])
    from regexp_matches(coalesce(new.name, '') || ' ' || coalesce(new.subtitle, '') || ' ' || array_to_string(new.tags, ' ') || ' '
                        || coalesce(new.position_detail, '') || ' ' || array_to_string(new.equipment, ' ') || ' '
                        || array_to_string(new.steps, ' ') || ' ' || array_to_string(new.cues, ' '),
                        '([[:alpha:]]{3,60})', 'g') as m;
    return null;
end
$$;
create trigger exercise_words_refresh after insert or update of name, subtitle, tags, position_detail, equipment, steps, cues
    on exercise for each row execute function exercise_words_refresh();

insert into exercise_word (exercise_id, word)
select distinct e.id, lower(m[1])
from exercise e,
     regexp_matches(coalesce(e.name, '') || ' ' || coalesce(e.subtitle, '') || ' ' || array_to_string(e.tags, ' ') || ' '
                    || coalesce(e.position_detail, '') || ' ' || array_to_string(e.equipment, ' ') || ' '
                    || array_to_string(e.steps, ' ') || ' ' || array_to_string(e.cues, ' '),
                    '([[:alpha:]]{3,60})', 'g') as m;
