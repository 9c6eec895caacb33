# Working together live (screens/live-logic.ts): the connection, whether the other side is here,
# and what a save did when both changed something.
# $role is "advocate" on an advocate's app (in an open case), anything else on the person's own.

## The connection, under "Working together"

live-connecting = Connecting…
live-on = Working together now. Your changes go across as you save them.
live-offline = Can't reach the sharing service just now. Trying again by itself.
live-clock-wrong = The sharing service is turning this computer away because their clocks don't agree. Please check the date and time in the computer's settings; working together starts again by itself.
live-refused = The sharing service isn't accepting this computer just now. Trying again every half a minute.

## Shown instead of "Send and receive now" while working together

live-sync-note = Working together: your changes go across as you save them.
live-sync-note-offline = Working together, but not connected: what you save is kept here and goes across once it connects.

## Whether the other side is here

live-presence-away = { $role ->
    [advocate] The person you support is not here right now.
   *[other] Your advocate is not here right now.
    }
live-presence-away-named = { $name } is not here right now.
live-presence-here = { $role ->
    [advocate] The person you support is here.
   *[other] Your advocate is here.
    }
live-presence-here-named = { $name } is here.
# $title: the title of what they are looking at (a plan section, a contact, a checklist).
live-presence-looking = { $role ->
    [advocate] The person you support is here, looking at { $title }.
   *[other] Your advocate is here, looking at { $title }.
    }
live-presence-looking-named = { $name } is here, looking at { $title }.
# The small badge on the plan section the other side is looking at.
live-badge = { $role ->
    [advocate] The person you support is here
   *[other] Your advocate is here
    }
live-badge-named = { $name } is here

## The header's quiet indicator

live-indicator = Working together
live-indicator-offline = Working together · not connected
live-indicator-here = { $role ->
    [advocate] Working together · they're here
   *[other] Working together · advocate here
    }
live-indicator-here-named = Working together · { $name } here

## When both changed something
# $role is "several" when the person shares with several people and works together with none of
# them just now (the change may have come from any of them).

# $what: what was changed, e.g. "these notes" or "this contact" (given by the screen, already in words).
live-changed-while-typing = { $role ->
    [advocate] The person you support changed { $what }. Save yours to see both together.
    [several] Someone you share it with changed { $what }. Save yours to see both together.
   *[other] Your advocate changed { $what }. Save yours to see both together.
    }
live-changed-while-typing-named = { $name } changed { $what }. Save yours to see both together.
live-removed-while-editing = { $role ->
    [advocate] The person you support removed this contact. What you typed is still here, but it cannot be saved to it.
    [several] Someone you share it with removed this contact. What you typed is still here, but it cannot be saved to it.
   *[other] Your advocate removed this contact. What you typed is still here, but it cannot be saved to it.
    }
live-removed-while-editing-named = { $name } removed this contact. What you typed is still here, but it cannot be saved to it.
live-notes-saved = Notes saved.
live-notes-saved-merged = { $role ->
    [advocate] Notes saved, with their changes put in too.
    [several] Notes saved, with the changes of someone you share them with put in too.
   *[other] Notes saved, with your advocate's changes put in too.
    }
live-notes-saved-merged-named = Notes saved, with the changes { $name } made put in too.
live-notes-saved-both = { $role ->
    [advocate] Notes saved. You and the person you support changed the same lines, so both versions are kept, yours first. Please look them over.
    [several] Notes saved. You and someone you share them with changed the same lines, so both versions are kept, yours first. Please look them over.
   *[other] Notes saved. You and your advocate changed the same lines, so both versions are kept, yours first. Please look them over.
    }
live-notes-saved-both-named = Notes saved. You and { $name } changed the same lines, so both versions are kept, yours first. Please look them over.
live-contact-saved = Changes saved.
live-contact-saved-both = { $role ->
    [advocate] Changes saved. You and the person you support changed the same details, so both versions are kept, yours first. Please look them over.
    [several] Changes saved. You and someone you share it with changed the same details, so both versions are kept, yours first. Please look them over.
   *[other] Changes saved. You and your advocate changed the same details, so both versions are kept, yours first. Please look them over.
    }
live-contact-saved-both-named = Changes saved. You and { $name } changed the same details, so both versions are kept, yours first. Please look them over.
