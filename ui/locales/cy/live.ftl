# Working together live (screens/live-logic.ts): the connection, whether the other side is here,
# and what a save did when both changed something.
# $role is "advocate" on an advocate's app (in an open case), anything else on the person's own.

## The connection, under "Working together"

live-connecting = Wrthi'n cysylltu…
live-on = Yn cydweithio nawr. Mae eich newidiadau'n mynd ar draws wrth i chi eu cadw.
live-offline = Methu cyrraedd y gwasanaeth rhannu ar hyn o bryd. Yn rhoi cynnig arall arni'n awtomatig.
live-clock-wrong = Mae'r gwasanaeth rhannu yn gwrthod y cyfrifiadur hwn oherwydd nad yw'r clociau'n cytuno. Gwiriwch y dyddiad a'r amser yng ngosodiadau'r cyfrifiadur; bydd cydweithio'n ailddechrau'n awtomatig.
live-refused = Dydy'r gwasanaeth rhannu ddim yn derbyn y cyfrifiadur hwn ar hyn o bryd. Yn rhoi cynnig arall arni bob hanner munud.

## Shown instead of "Send and receive now" while working together

live-sync-note = Cydweithio: mae eich newidiadau'n mynd ar draws wrth i chi eu cadw.
live-sync-note-offline = Cydweithio, ond heb gysylltiad: mae'r hyn rydych chi'n ei gadw yn aros yma ac yn mynd ar draws pan fydd yn cysylltu.

## Whether the other side is here

live-presence-away = { $role ->
    [advocate] Dydy'r person rydych chi'n ei gefnogi ddim yma ar hyn o bryd.
   *[other] Dydy eich eiriolwr ddim yma ar hyn o bryd.
    }
live-presence-away-named = Dydy { $name } ddim yma ar hyn o bryd.
live-presence-here = { $role ->
    [advocate] Mae'r person rydych chi'n ei gefnogi yma.
   *[other] Mae eich eiriolwr yma.
    }
live-presence-here-named = Mae { $name } yma.
# $title: the title of what they are looking at (a plan section, a contact, a checklist).
live-presence-looking = { $role ->
    [advocate] Mae'r person rydych chi'n ei gefnogi yma, yn edrych ar { $title }.
   *[other] Mae eich eiriolwr yma, yn edrych ar { $title }.
    }
live-presence-looking-named = Mae { $name } yma, yn edrych ar { $title }.
# The small badge on the plan section the other side is looking at.
live-badge = { $role ->
    [advocate] Mae'r person rydych chi'n ei gefnogi yma
   *[other] Mae eich eiriolwr yma
    }
live-badge-named = Mae { $name } yma

## The header's quiet indicator

live-indicator = Cydweithio
live-indicator-offline = Cydweithio · heb gysylltiad
live-indicator-here = { $role ->
    [advocate] Cydweithio · maen nhw yma
   *[other] Cydweithio · eiriolwr yma
    }
live-indicator-here-named = Cydweithio · { $name } yma

## When both changed something
# $role is "several" when the person shares with several people and works together with none of
# them just now (the change may have come from any of them).

# $what: what was changed, e.g. "these notes" or "this contact" (given by the screen, already in words).
live-changed-while-typing = { $role ->
    [advocate] Mae'r person rydych chi'n ei gefnogi wedi newid { $what }. Cadwch eich fersiwn chi i weld y ddau gyda'i gilydd.
    [several] Mae un o'r bobl rydych chi'n rhannu hyn gyda nhw wedi newid { $what }. Cadwch eich fersiwn chi i weld y ddau gyda'i gilydd.
   *[other] Mae eich eiriolwr wedi newid { $what }. Cadwch eich fersiwn chi i weld y ddau gyda'i gilydd.
    }
live-changed-while-typing-named = Mae { $name } wedi newid { $what }. Cadwch eich fersiwn chi i weld y ddau gyda'i gilydd.
live-removed-while-editing = { $role ->
    [advocate] Mae'r person rydych chi'n ei gefnogi wedi tynnu'r cyswllt hwn. Mae'r hyn a deipiwyd gennych chi yma o hyd, ond does dim modd ei gadw iddo.
    [several] Mae un o'r bobl rydych chi'n rhannu hyn gyda nhw wedi tynnu'r cyswllt hwn. Mae'r hyn a deipiwyd gennych chi yma o hyd, ond does dim modd ei gadw iddo.
   *[other] Mae eich eiriolwr wedi tynnu'r cyswllt hwn. Mae'r hyn a deipiwyd gennych chi yma o hyd, ond does dim modd ei gadw iddo.
    }
live-removed-while-editing-named = Mae { $name } wedi tynnu'r cyswllt hwn. Mae'r hyn a deipiwyd gennych chi yma o hyd, ond does dim modd ei gadw iddo.
live-notes-saved = Nodiadau wedi'u cadw.
live-notes-saved-merged = { $role ->
    [advocate] Nodiadau wedi'u cadw, gyda'u newidiadau nhw wedi'u cynnwys hefyd.
    [several] Nodiadau wedi'u cadw, gyda newidiadau un o'r bobl rydych chi'n rhannu'r nodiadau gyda nhw wedi'u cynnwys hefyd.
   *[other] Nodiadau wedi'u cadw, gyda newidiadau eich eiriolwr wedi'u cynnwys hefyd.
    }
live-notes-saved-merged-named = Nodiadau wedi'u cadw, gyda newidiadau { $name } wedi'u cynnwys hefyd.
live-notes-saved-both = { $role ->
    [advocate] Nodiadau wedi'u cadw. Fe wnaethoch chi a'r person rydych chi'n ei gefnogi newid yr un llinellau, felly mae'r ddwy fersiwn wedi'u cadw, eich un chi yn gyntaf. Edrychwch drostyn nhw.
    [several] Nodiadau wedi'u cadw. Fe wnaethoch chi ac un o'r bobl rydych chi'n rhannu'r nodiadau gyda nhw newid yr un llinellau, felly mae'r ddwy fersiwn wedi'u cadw, eich un chi yn gyntaf. Edrychwch drostyn nhw.
   *[other] Nodiadau wedi'u cadw. Fe wnaethoch chi a'ch eiriolwr newid yr un llinellau, felly mae'r ddwy fersiwn wedi'u cadw, eich un chi yn gyntaf. Edrychwch drostyn nhw.
    }
live-notes-saved-both-named = Nodiadau wedi'u cadw. Fe wnaeth { $name } a chithau newid yr un llinellau, felly mae'r ddwy fersiwn wedi'u cadw, eich un chi yn gyntaf. Edrychwch drostyn nhw.
live-contact-saved = Newidiadau wedi'u cadw.
live-contact-saved-both = { $role ->
    [advocate] Newidiadau wedi'u cadw. Fe wnaethoch chi a'r person rydych chi'n ei gefnogi newid yr un manylion, felly mae'r ddwy fersiwn wedi'u cadw, eich un chi yn gyntaf. Edrychwch drostyn nhw.
    [several] Newidiadau wedi'u cadw. Fe wnaethoch chi ac un o'r bobl rydych chi'n rhannu'r cyswllt gyda nhw newid yr un manylion, felly mae'r ddwy fersiwn wedi'u cadw, eich un chi yn gyntaf. Edrychwch drostyn nhw.
   *[other] Newidiadau wedi'u cadw. Fe wnaethoch chi a'ch eiriolwr newid yr un manylion, felly mae'r ddwy fersiwn wedi'u cadw, eich un chi yn gyntaf. Edrychwch drostyn nhw.
    }
live-contact-saved-both-named = Newidiadau wedi'u cadw. Fe wnaeth { $name } a chithau newid yr un manylion, felly mae'r ddwy fersiwn wedi'u cadw, eich un chi yn gyntaf. Edrychwch drostyn nhw.
