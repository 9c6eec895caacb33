## Bringing things into the log: files, a chat, e-mails (files-import.ts, chat-import.ts, email-import.ts, one-or-each.ts)

# Between line numbers ("Line 4, 9 of the file…").
imports-list-separator = { ", " }

imports-how = How to write them down
imports-what-kind = What kind of thing is this?
imports-bring-them-in = Bring them in
imports-bringing = Bringing them in…
imports-cancel = Cancel
imports-nothing-brought-in = Nothing was brought in.

## Photos or files
imports-files-title = Bring in photos or files
imports-files-choose = Choose the files
imports-files-hint = Screenshots, photos, PDFs: as many as you like. Each is copied into this app and locked away, with its fingerprint (SHA-256). The originals stay where they are — you may want to delete them.
imports-files-chosen =
    { $count ->
        [one] { $count } file chosen.
       *[other] { $count } files chosen.
    }
imports-files-each = One entry for each file, dated when the file was last changed on this computer (you can correct each entry)
imports-files-together = One entry holding them all
imports-files-none = Please choose at least one file.
imports-files-adding = Adding file { $number } of { $total }…
imports-files-done-together =
    { $files ->
        [one] 1 entry written down, holding 1 file.
       *[other] 1 entry written down, holding { $files } files.
    }
# $count is 2 or more.
imports-files-done-each = { $count } entries written down, one for each file.
imports-files-failed = Nothing was written down. Please try again.

## A chat (WhatsApp's "Export chat", or a list of messages)
imports-chat-choose = Choose the chat file WhatsApp made with "Export chat" (the .txt, or the .zip if you chose to include media), or a list of messages saved as text, each starting on a new line with its date, time and who sent it, like: 12/03/2026 21:15 Tom: Where are you
imports-chat-read-failed = That file could not be read. Nothing was brought in.
imports-chat-title = Bring in messages
# $first and $last: the dates as the phone wrote them.
imports-chat-about =
    { $count ->
        [one] { $file }: { $count } message, the first sent { $first } and the last { $last } (as the phone wrote them).
       *[other] { $file }: { $count } messages, the first sent { $first } and the last { $last } (as the phone wrote them).
    }
imports-chat-about-files =
    { $count ->
        [one] { $count } photo or file from it goes with the message that sent it.
       *[other] { $count } photos and files from it go with the message that sent them.
    }
imports-chat-about-left-out =
    { $count ->
        [one] { $count } other file in the zip is not named in any message: not added on its own, but kept inside the chat file.
       *[other] { $count } other files in the zip are not named in any message: not added on their own, but kept inside the chat file.
    }
imports-chat-about-notices =
    { $count ->
        [one] { $count } line written by WhatsApp itself is left out.
       *[other] { $count } lines written by WhatsApp itself are left out.
    }
imports-chat-again = This chat file was brought in before, on { $date }. Bringing it in again writes its messages down again. To add only newer messages, choose their numbers below.
# $lines: line numbers joined by imports-list-separator; $count: how many.
imports-chat-kept =
    { $count ->
        [one] Line { $lines } of the file looks like a new message but goes back in time, so it is kept as part of the message before it. If that is wrong, the dates may be the other way round.
       *[other] Lines { $lines } of the file look like new messages but go back in time, so each is kept as part of the message before it. If that is wrong, the dates may be the other way round.
    }
imports-chat-order-legend = How does the phone write dates?
imports-chat-order-hint = The first message was sent { $first }. Is the day or the month first?
imports-chat-day-first = Day first: 12/03 is 12 March (as in the UK)
imports-chat-month-first = Month first: 03/12 is 12 March (as in the US)
imports-chat-read-that-way-failed = The file could not be read that way.
imports-chat-senders = Whose messages?
imports-chat-senders-hint = Untick the ones you don't want written down (your own, for example).
imports-chat-sender =
    { $count ->
        [one] { $name } ({ $count } message)
       *[other] { $name } ({ $count } messages)
    }
imports-chat-each = Each message as its own entry, at the time it was sent
imports-chat-together = All of them as one entry, from the first to the last
imports-chat-range = Which messages?
imports-chat-range-hint = Numbered from 1 (the first, sent { $first }) to { $last } (the last).
imports-chat-from = From message
imports-chat-to = to message
# $zone: the computer's time zone, e.g. Europe/London.
imports-chat-time-hint = Times are read as this computer's time ({ $zone }); each entry also says who sent the message and when, exactly as the chat file wrote it. The whole chat file is kept with each entry, with its fingerprint (SHA-256): anyone you later give these entries to (in a report's export) gets the whole chat, every side of it.
imports-chat-need-sender = Please tick whose messages to bring in.
imports-chat-need-order = Please say how the phone writes dates, so each message gets its right day.
imports-chat-bad-range = Please give message numbers from 1 to { $last }.
imports-chat-done-together =
    { $count ->
        [one] 1 entry written down from { $count } message.
       *[other] 1 entry written down from { $count } messages.
    }
# $count is 2 or more.
imports-chat-done-each = { $count } entries written down, one for each message.
imports-chat-failed = Nothing was brought in. Please try again.

## E-mails saved as files (.eml)
imports-email-choose = Choose one or more e-mails saved as files (.eml). In most mail programs: open the message, then Save As or Download.
imports-email-read-failed = Those files could not be read. Nothing was brought in.
imports-email-title =
    { $count ->
        [one] Bring in this e-mail
       *[other] Bring in { $count } e-mails
    }
imports-email-lead = Each e-mail becomes its own entry, dated when it was sent, with the e-mail file kept whole and its attached files. Nothing is written until you press the button below.
imports-email-list-label = The e-mails chosen
imports-email-no-subject = (no subject)
imports-email-from = From: { $from }
imports-email-from-unknown = (not given)
imports-email-sent = Sent: { $date }
imports-email-no-date = No date that can be read: it will be dated now. You can correct the time afterwards.
imports-email-files =
    { $count ->
        [one] { $count } file attached
       *[other] { $count } files attached
    }
imports-email-file = File: { $name }
imports-email-before = This very file was brought in before, on { $date }. Bringing it in again writes it again.
imports-email-before-count =
    { $count ->
        [one] { $count } of these was brought in before.
       *[other] { $count } of these were brought in before.
    }
imports-email-kind = File them under
imports-email-bring =
    { $count ->
        [one] Bring it in
       *[other] Bring them in
    }
imports-email-back = Back to the log without them
imports-email-done =
    { $count ->
        [one] { $count } e-mail brought in, one entry each.
       *[other] { $count } e-mails brought in, one entry each.
    }
imports-email-failed = They could not be brought in. Nothing was written; please try again.
