-- Exercise text follows the prescription (issue 13): the starter catalog no longer writes a number
-- that a dosage field controls. A placeholder in braces takes the prescribed value ({hold} becomes
-- "17 seconds"); the words after a bar are used when the field is not prescribed. Facts are kept.
-- Also a plain subtitle where the catalog's name alone could puzzle a reader.

alter table exercise add column subtitle varchar(160);

update exercise set
    dosage_note = 'Alternate legs like a slow march: {reps} {side|on each side}.',
    subtitle = 'A slow march on your back with your stomach braced: the knee comes up to hip height, not to your chest.'
where slug = 'knee-to-chest' and clinic_id is null;

update exercise set
    dosage_note = 'Roll slowly back and forth for {duration|the whole time}, resting between the rounds of the day.',
    steps = array_replace(steps, 'Keep going for one to two minutes, then lower your hips and rest.',
                          'Keep rolling for {duration|the time your therapist gave you}, then lower your hips and rest.')
where slug = 'thoracic-mobilization' and clinic_id is null;

update exercise set
    steps = array_replace(steps, 'Pause 3 seconds at the top of your comfortable range, then come back down.',
                          'Pause for {hold|a moment} at the top of your comfortable range, then come back down.')
where slug = 'thoracic-extension-on-the-wall' and clinic_id is null;

update exercise set
    dosage_note = 'Switch sides on every lift: {reps|the planned number of} lifts in all.',
    steps = array_replace(steps, 'Keep switching sides until you have done 10 lifts.',
                          'Keep switching sides until you have done {reps|all your} lifts.')
where slug = 'opposite-arm-and-leg-raises' and clinic_id is null;

update exercise set
    steps = array_replace(steps, 'Hold for 2 to 3 seconds, then let go.', 'Hold for {hold|a moment}, then let go.')
where slug = 'scapular-squeeze' and clinic_id is null;

update exercise set
    steps = array_replace(steps, 'Hold for 2 to 3 seconds, then lower slowly.', 'Hold for {hold|a moment}, then lower slowly.')
where slug = 'prone-shoulder-blade-retraction' and clinic_id is null;

update exercise set
    dosage_note = 'Alternate slowly down and up; {reps|the planned number} in all.',
    steps = array_replace(steps, 'Lower your chin toward your chest and hold for 2 to 3 seconds.',
                          'Lower your chin toward your chest and hold for {hold|a moment}.')
where slug = 'neck-flexion-and-extension' and clinic_id is null;

update exercise set
    steps = array_replace(steps, 'Hold for 2 to 3 seconds, then relax.', 'Hold for {hold|a moment}, then relax.')
where slug = 'isometric-lateral-neck-flexion' and clinic_id is null;

update exercise set
    subtitle = 'Posture training with your back to a wall while your arms slide up and down it.'
where slug = 'wall-angels' and clinic_id is null;

-- Every starter text that still writes a dosage number literally would contradict a prescription.
do $$
begin
    if exists (select 1 from exercise
               where clinic_id is null
                 and (array_to_string(steps || cues || precautions, ' ') || ' ' || coalesce(dosage_note, ''))
                     ~* '(\m\d+ (to \d+ )?(seconds?|minutes?|lifts)\M|\mone to two minutes\M|\m10 (in all|on each side)\M)') then
        raise exception 'a starter exercise still writes a dosage number in its text';
    end if;
end
$$;
