# Sharing with an advocate (screens/sharing.ts, screens/sharing-logic.ts).
# $role is "advocate" on an advocate's app (in an open case), anything else on the person's own.

## The screen's heading and opening words

sharing-intro-title = Share with my advocate
sharing-intro-lead = Let your advocate see the parts of your safety plan you choose, kept up to date. It is off unless you turn it on, and everything sent is locked so only the two apps can read it.
# Once the person shares with more than one person (their advocate, the officer in their case, a solicitor).
sharing-intro-title-several = Share with the people who support you
sharing-intro-lead-several = Each person you pair with sees only the parts of your safety plan you choose for them, kept up to date. Everything sent is locked so only your app and theirs can read it.
sharing-case-title = Share with the person you support
# $name: the label of the advocate's open case.
sharing-case-lead-named = This is sharing for the case “{ $name }” only. They choose what you can see, and everything sent is locked so only the two apps can read it.
sharing-case-lead = This is sharing for this case only. They choose what you can see, and everything sent is locked so only the two apps can read it.
sharing-check-failed = Sharing could not be checked just now. Please try again.

## Who is at the other end, in words

sharing-other-side = { $role ->
    [advocate] the person you support
   *[other] your advocate
    }

## Off: the person connects with the code their advocate shows

sharing-off-title = Sharing is off
sharing-connect-title = Connect with your advocate
sharing-connect-title-add = Connect with them
sharing-fact-nothing-leaves = Nothing leaves this computer until you pair with your advocate, in person.
# $length: how many characters a code has (16).
sharing-fact-address-code = Your advocate gives you a sharing address and a { $length }-character code, or a whole invitation to paste.
sharing-fact-you-choose = You choose what they can see, section by section.
sharing-fact-stop = You can stop at any time: sharing ends here at once, and the relay's sealed copies are removed as soon as it can be reached.
sharing-address-label = Sharing address
sharing-address-hint = Your advocate gives you this. It starts with https:// (not needed if you paste a whole invitation below).
sharing-address-hint-add = Their app shows it. It starts with https:// (not needed if you paste a whole invitation below).
sharing-code-label = Code from your advocate
sharing-code-label-add = Code their app shows
# $length: how many characters a code has (16); $example: an example code, shown as it is.
sharing-code-hint = { $length } letters and numbers, like { $example }. Capitals, spaces and dashes do not matter. If your advocate gave you a whole invitation, paste it here instead.
# $length: how many characters a code has (16); $example: an example code, shown as it is.
sharing-code-hint-add = { $length } letters and numbers, like { $example }. Capitals, spaces and dashes do not matter. If they gave you a whole invitation, paste it here instead.
sharing-connect = Connect
sharing-join-waiting-title = Waiting for your advocate's app…
sharing-join-waiting-text = This can take a few minutes. Keep this screen open; your advocate's app needs to be open and showing the code too.
sharing-join-waiting-title-add = Waiting for their app…
sharing-join-waiting-text-add = This can take a few minutes. Keep this screen open; their app needs to be open and showing the code too.
sharing-join-cancelled = Stopped. Nothing was shared.
sharing-join-failed = Your advocate's app could not be reached. Nothing was shared; please try again.
sharing-cancel = Cancel

## Checking what was typed (shown as errors)

sharing-address-needs-https = The sharing address should start with https:// (the person you are pairing with can tell you it).
sharing-address-empty = Please type the sharing address your advocate gave you.
sharing-address-spaces = The sharing address cannot contain spaces.
# $character: the character typed that codes never use, shown as typed.
sharing-code-bad-character = The code has “{ $character }” in it, which codes never use. Please check it with your advocate.
sharing-code-empty = Please type the code from your advocate.
# $length: how many characters a code has (16); $example: an example code; $count: how many were typed.
sharing-code-length = The code is { $length } letters and numbers, like { $example }. This one has { $count }. Please check it with your advocate.
sharing-invitation-incomplete = That invitation looks incomplete. Please ask your advocate to show it again, or type the code and the address instead.
sharing-invitation-address = The sharing address in that invitation does not look right. Please ask your advocate to show it again, or type the code and the address instead.
sharing-host-address-empty = Please type your service's sharing address first: it goes into the invitation.
sharing-host-address-needs-https = The sharing address should start with https:// (your service can tell you it).

## In the own space: the way to an advocate's caseload

sharing-caseload-title = Supporting people as an advocate?
sharing-caseload-text = Keep each person you support in a case of their own, apart from every other case and from your own space. Open a case to pair with them and to work on the plan they share.
sharing-open-caseload = Open my caseload

## Off, on an advocate's app in an open case: showing the invitation

sharing-host-fact-nothing = Nothing is sent or received for this case until you pair with the person, in person.
sharing-host-fact-invitation = Show them an invitation. They type its code and your service's sharing address into their app, or paste the whole invitation as text. The QR code holds the same invitation, for a device that scans.
sharing-host-fact-choose = They choose what you can see, and either of you can stop at any time.
sharing-host-address-hint = The address of your service's relay. It goes into the invitation, and they need it to type the code.
sharing-show-code = Show a code
sharing-show-new-code = Show a new code
sharing-invitation-title = Show them the invitation
sharing-qr-label = QR code of the invitation
sharing-code-shown-label = Or let them type this code:
sharing-address-shown-label = with this sharing address:
sharing-code-shown-hint = It works once. Let them read it from your screen, or read it out to them.
sharing-invitation-as-text = The invitation as text
sharing-invitation-hint = They can paste this into the code box in their app, instead of typing the code and the address.
sharing-invitation-label = Invitation
sharing-wait = Wait for them
sharing-address-changed = The sharing address has changed. Show a new code to put it in the invitation.
sharing-code-failed = A code could not be made just now. Please try again.
sharing-host-unreachable = Their app could not be reached.
# $reason: why it failed, a sentence (from the app, or sharing-host-unreachable).
sharing-host-failed = { $reason } Nothing was shared; show a new code to try again.
sharing-host-waiting-title = Waiting for their app…
sharing-host-waiting-text = This can take a few minutes. Keep this screen open while they put the invitation or the code into their app.
sharing-host-cancelled = Stopped. Nothing was shared. Show a new code to try again.

## The four words, read aloud together

sharing-phrase-title = Check the words together
sharing-phrase-label = The four words
sharing-phrase-question = Read these words aloud together. Do both screens show exactly the same words?
sharing-words-match = Yes, they match
sharing-words-differ = No, they are different
# $why: a sentence saying why (one of the messages below, or one from the app).
# $role is "another" when the person was pairing with someone else while already sharing.
sharing-nothing-shared = { $role ->
    [advocate] Nothing was shared. { $why } Please start again together, with a new code.
    [another] Nothing was shared with them. { $why } Please start again together, with a new code from them.
   *[other] Nothing was shared. { $why } Please start again together, with a new code from your advocate.
    }
sharing-interrupted = The connection was interrupted, so it was stopped.
sharing-mismatch = The two apps did not agree, so the connection was stopped. This can happen after a typo in the code or the sharing address, or, rarely, if someone tried to get in between.
sharing-pairing-failed = The pairing could not be finished.
sharing-words-different = Because the words were different, the connection was stopped. A difference usually means a typo in the code or the sharing address, but it can also mean someone tried to get in between.
sharing-finishing = { $role ->
    [advocate] Finishing: waiting for their app to confirm too…
    [another] Finishing: waiting for their app to confirm too…
   *[other] Finishing: waiting for your advocate's app to confirm too…
    }
sharing-connected = { $role ->
    [advocate] Connected. What they choose to share arrives when you send and receive.
   *[other] Sharing is set up. Nothing is shared until you tick it below.
    }

## On: sending and receiving

sharing-on-title = Sharing is on
sharing-on-title-named = Sharing with { $name } is on
sharing-summary = { $role ->
    [advocate] Shared with the person you support
   *[other] Shared with your advocate
    }
# $relay: the sharing address, shown as it is.
sharing-summary-through = { $role ->
    [advocate] Shared with the person you support through { $relay }
   *[other] Shared with your advocate through { $relay }
    }
sharing-summary-named = Shared with { $name }
sharing-summary-named-through = Shared with { $name } through { $relay }
sharing-name-label = What you call them (optional)
sharing-name-hint = To tell apart the people you share with, such as "Sam, my IDVA". Only you see it, and only once this app is open.
sharing-name-save = Save name
sharing-name-saved = Name saved.
sharing-name-failed = The name could not be saved. Please try again.

## Several people

sharing-people-title = People you share with
sharing-people-text = Each person sees only what you choose for them. You can stop sharing with one and keep sharing with the others.
sharing-person-number = Person { $number }
sharing-person-ended = (sharing ended)
sharing-add-person = Share with someone else
sharing-add-person-text = You can also share with an officer in your case or a solicitor. Pair with them the same way, in person, with the code their app shows. Nothing is shared with them until you tick it. Something you share with more than one person is the same for all of them: each sees what the others add to it. Files you chose to show with your incident log go to everyone you share the log with.
# $when: a date and time.
sharing-last-synced = Last sent and received: { $when }
sharing-last-synced-never = Last sent and received: not yet
sharing-sync = Send and receive now
# Shown under "Last sent and received" when changes did not get across even after being sent
# again. Calm: nothing is lost, and the app keeps trying by itself. Never the code name: the
# app is disguised.
sharing-stuck-here = { $role ->
    [advocate] Some changes from the person you support have not arrived yet. The app has asked for them again and keeps trying by itself. If this stays, next time you can speak safely, ask them to open their app so it can send them.
   *[other] Some changes from your advocate have not arrived yet. The app has asked for them again and keeps trying by itself. If this stays, ask your advocate to open their app so it can send them.
    }
sharing-stuck-there = { $role ->
    [advocate] Some of your changes have not reached the person you support yet. They are safe here, and the app keeps sending them by itself.
   *[other] Some of your changes have not reached your advocate yet. They are safe here, and the app keeps sending them by itself. If this lasts a day, tell your advocate when it is safe to.
    }
sharing-syncing = Sending and receiving…
# After "Send and receive now" while something has not got across (the note below says what).
sharing-sync-done-stuck = Sent and received what could go. Some changes are still on their way: see below.
sharing-sync-failed = Sending and receiving did not work this time. Nothing has been lost; please try again.
sharing-sync-ended = Sharing has ended: the other app has stopped sharing, so nothing more is sent or received. What is on this computer is still here.
sharing-sync-done = { $received ->
    [one] Up to date: { $received } change received, { $sent } sent.
   *[other] Up to date: { $received } changes received, { $sent } sent.
    }
sharing-sync-skipped = { $skipped ->
    [one] { $skipped } change could not be used and was left out.
   *[other] { $skipped } changes could not be used and were left out.
    }

## On: working together

sharing-live-title = Working together
sharing-live-text = { $role ->
    [advocate] While you work together, what you save goes across straight away, and changes from the person you support show up by themselves. It stops when you stop it, or when this app is hidden or locked.
   *[other] While you work together, what you save goes across straight away, and changes from your advocate show up by themselves. It stops when you stop it, or when this app is hidden or locked.
    }
sharing-live-text-named = While you work together with { $name }, what you save goes across straight away, and changes from { $name } show up by themselves. It stops when you stop it, or when this app is hidden or locked.
sharing-live-elsewhere = You are working together with { $name } just now. To work together with this person instead, stop that first.
sharing-live-start = Work together now
sharing-live-stop = Stop working together
sharing-live-start-failed = Working together could not start just now. Nothing has been lost; please try again.
sharing-live-stop-failed = Working together could not be stopped just now. Please try again.
sharing-live-stopped = Stopped working together. What you change from now on goes across the next time you send and receive.
sharing-live-stop-named = Stop working together with { $name }
sharing-live-stopped-named = Stopped working together with { $name }. What you change from now on goes to them the next time you send and receive.

## On: choosing what is shared

sharing-choose-title-advocate = What you share
sharing-choose-title = Choose what your advocate can see
sharing-choose-title-named = Choose what { $name } can see
sharing-choose-text = Ticked things are sent the next time you send and receive, or straight away while you work together. Untick something to stop sharing it.
sharing-choose-history = { $role ->
    [advocate] The person you support sees each thing you tick as it is now, not what you wrote and deleted before you ticked it.
   *[other] Your advocate sees each thing you tick as it is now, not what you wrote and deleted before you ticked it. What you change after that reaches them too.
    }
sharing-choose-history-named = { $name } sees each thing you tick as it is now, not what you wrote and deleted before you ticked it. But something you already share with someone else goes to { $name } as it went to them, with what was written and deleted in it since then.
sharing-count-none = { $role ->
    [advocate] Nothing is shared yet. Tick what you want the person you support to see.
   *[other] Nothing is shared yet. Tick what you want your advocate to see.
    }
sharing-count-none-named = Nothing is shared with { $name } yet. Tick what you want them to see.
sharing-count = { $count ->
    [one] { $count } thing is shared.
   *[other] { $count } things are shared.
    }
sharing-group-plan = Safety plan sections
sharing-group-plan-empty = No plan sections.
sharing-group-contacts = Contacts
sharing-group-contacts-empty = No contacts yet.
sharing-group-checklists = Checklists
sharing-group-checklists-empty = No checklists yet.
sharing-group-records = Your records (read-only)
sharing-records-note = Your advocate can read these but cannot change them. Files you attached stay on this computer unless you tick them on their entry. If you stop sharing your incident log, your advocate keeps what they already have, files you showed them included.
sharing-records-note-named = { $name } can read these but cannot change them. Files you attached stay on this computer unless you tick them on the entry they belong to, and a file you tick is shown to everyone you share your incident log with. If you stop sharing your incident log with { $name }, they keep what they already have, files you showed them included.
sharing-plan-section-note = Sharing any section also shares your plan's stage and review date.
sharing-contact-note = A shared contact includes everything on the contact card, including code words.
sharing-untitled = Untitled
sharing-save-failed = That change could not be saved. Please try again.

## On: stopping

sharing-stop-title = Stop sharing
sharing-stop-text = This ends sharing for good. To share again later, you would pair again in person, with a new code.
sharing-stop-text-named = This ends sharing with { $name } for good. To share with them again later, you would pair again in person, with a new code.
sharing-stop = Stop sharing with everyone
sharing-stop-named = Stop sharing with { $name }
sharing-stop-question = { $role ->
    [advocate] Stop sharing with everyone? Their app will stop receiving anything, and the relay deletes everything it holds. What is on this computer stays.
   *[other] Stop sharing with everyone? Your advocate's app will stop receiving anything, and the relay deletes everything it holds. What is on this computer stays.
    }
sharing-stop-question-named = Stop sharing with { $name }? Their app will stop receiving anything, and the relay deletes everything it holds for them. What is on this computer stays, and so does sharing with anyone else.
sharing-stop-yes = Yes, stop sharing
sharing-stop-no = Keep sharing
sharing-stopping = Stopping…
sharing-stopped = { $role ->
    [advocate] Sharing has stopped. Their app will receive nothing more, and the relay has deleted what it held. What is on this computer is still here.
   *[other] Sharing has stopped. Your advocate's app will receive nothing more, and the relay has deleted what it held. What is on this computer is still here.
    }
sharing-stopped-named = Sharing with { $name } has stopped. Their app will receive nothing more, and the relay has deleted what it held for them. What is on this computer is still here.
sharing-now-showing = Now showing what you share with { $name }.
# $names: the others shared with, separated by commas.
sharing-still-on = Sharing with { $names } goes on as before.
sharing-stop-failed = Sharing could not be stopped just now. Please try again.
sharing-stopped-offline = Sharing has stopped on this computer: nothing more is sent or received. The relay couldn't be told to delete what it holds (it can't read any of it). Clear the details later to try again, or clear them on this computer only.

## Ended

sharing-ended-title = Sharing has ended
sharing-ended-text = Nothing more is sent or received. Either the other side stopped sharing, or you did.
sharing-ended-stays = What is on this computer stays here.
sharing-ended-clear-text = Clearing the sharing details forgets the old connection, so you can pair again later with a new code.
sharing-clear = Clear sharing details
sharing-clear-here = Clear on this computer only
sharing-clear-here-note = The relay couldn't be told just now. Clearing here forgets the connection on this computer; the other app isn't told, and the relay removes its locked copies by itself later.
sharing-cleared = The sharing details are cleared. You can pair again at any time, in person.
sharing-clear-failed = The sharing details could not be cleared just now. Please try again.
