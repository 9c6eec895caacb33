# What an advocate sees, read-only, of the person's incident log and risk screenings
# (screens/shared-records.ts, screens/shared-records-logic.ts).

## The section

shared-records-heading = Shared by the person (read-only)
shared-records-empty = Nothing shared yet. The person chooses what you can see.
shared-records-incidents-lead = The person's own incident log, as they share it, newest first. You can read it here but not change it. Files they attached stay on their computer unless they choose to show you one.
shared-records-screenings-lead = The person's own risk screening answers, as they share them, newest first. You can read them here but not change them.
shared-records-load-failed = What the person shares could not be loaded just now.
# Whether what is shown is what the person's app signed.
shared-records-signed = Every entry shown here is exactly as the person's app signed it.
shared-records-unchecked = { $count ->
    [one] One entry here is not as the person's app signed it. It is marked below: it may have been changed since it left their app.
   *[other] { $count } entries here are not as the person's app signed them. They are marked below: they may have been changed since they left their app.
    }
shared-records-not-signed = These entries are not signed by the person's app, so they cannot be checked as theirs.
# Followed by the key, in groups of eight characters on a line of its own.
shared-records-key = Their app's signing key (also on their incident report):
shared-records-entry-unchecked = This entry is not as the person's app signed it: it may have been changed since it left their app. Ask the person to look at it in their own app; their app's copy and report are what count.
# In an advocate's case, while changes the person sent have not arrived after asking again.
shared-records-incomplete = Some of the person's latest changes have not arrived yet, so this may not be everything they share.

## One shared incident

# $from and $until: a date and time, or only a time when both are on the same day.
shared-records-span = { $from } to { $until }
# $when: a date and time.
shared-records-first-written = First written { $when }
shared-records-corrected = { $count ->
    [one] Corrected once
   *[other] Corrected { $count } times
    }
# $corrected: shared-records-corrected; $when: a date and time.
shared-records-corrected-last = { $corrected } (last on { $when })
shared-records-files-kept = { $count ->
    [one] { $count } file kept on their computer
   *[other] { $count } files kept on their computer
    }
shared-records-files-shown = { $count ->
    [one] { $count } file shown to you
   *[other] { $count } files shown to you
    }
# $shown: files the person shows; $kept: files that stay on their computer.
shared-records-files-shown-and-kept = { $shown ->
    [one] { $shown } file shown to you; { $kept } more kept on their computer
   *[other] { $shown } files shown to you; { $kept } more kept on their computer
    }
shared-records-files-label = Files the person shows with this entry
shared-records-behaviour = Behaviour
shared-records-police = Police
# $reference: the crime reference number, as written.
shared-records-crime-reference = Crime reference: { $reference }
# $officer: the police officer's name, as written.
shared-records-officer = Officer: { $officer }
shared-records-more = More details
shared-records-appearance = Appearance
shared-records-vehicle = Vehicle
shared-records-witnesses = Witnesses
shared-records-impact = How it affected them
shared-records-daily-life = Changes to daily life
shared-records-also-told = Also told

## The four behaviours (Fixated, Obsessed, Unwanted, Repeated: FOUR)

shared-records-behaviour-fixated = Fixated
shared-records-behaviour-obsessed = Obsessed
shared-records-behaviour-unwanted = Unwanted
shared-records-behaviour-repeated = Repeated
