# Files shown to the advocate with an incident entry (screens/file-sharing.ts,
# screens/file-sharing-logic.ts).

## The person's side: on an opened entry

# $who is "several" when the incident log is shared with more than one person (a ticked file
# goes to each of them), anything else when with one.
file-sharing-hint = { $who ->
    [several] The people you share your incident log with see this entry. Its files stay on this computer unless you tick them below, and a file you tick is shown to each of them. Untick one to take it back: it is removed from their copies when their apps next receive your changes.
   *[other] Your advocate sees this entry. Its files stay on this computer unless you tick them below. Untick one to take it back: it is removed from their copy when their app next receives your changes.
    }
file-sharing-show = { $who ->
    [several] Show to the people I share with
   *[other] Show to my advocate
    }
# Stands for a file whose name cannot be found, at the start of a sentence ($name below).
file-sharing-the-file = The file
# $name: the file's name.
file-sharing-just-sent = { $who ->
    [several] { $name } was sent. Each of them gets it when their app next connects.
   *[other] { $name } was sent. Your advocate gets it when their app next connects.
    }
file-sharing-will-show = { $who ->
    [several] { $name } will be shown to everyone you share your incident log with.
   *[other] { $name } will be shown to your advocate.
    }
file-sharing-taken-back = { $who ->
    [several] { $name } was taken back. It is removed from their copies when their apps next receive your changes.
   *[other] { $name } was taken back. It is removed from your advocate's copy when their app next receives your changes.
    }
file-sharing-change-failed = That could not be changed just now. Nothing was sent.

## How far a chosen file has gone (under its tick)

file-sharing-sent = { $who ->
    [several] Sent. Each of them gets it when their app next connects.
   *[other] Sent. Your advocate gets it when their app next connects.
    }
# With the incident log shared with several people, the file has gone to some of them.
# $reached: to how many; $seeing: how many see the log.
file-sharing-sent-some = Sent to { $reached } of the { $seeing } people who see your incident log. It goes to each of the others when you send and receive with them (on Sharing, choose the person, then Send and receive now), or while you work together.
file-sharing-not-sent = Not sent yet. It goes the next time this app sends and receives, or while you work together.
# $sent: how many parts have gone; $count: how many parts there are.
file-sharing-parts-sent = { $sent } of { $count } parts sent. The rest goes the next time this app sends and receives, or while you work together.

## The advocate's side: under a file the person shows
# "Send and receive now" is the button on the Sharing screen (sharing-sync).

file-sharing-arriving = On its way: not here yet. It arrives as the person's app sends it (Send and receive now, on Sharing, fetches what has come).
# $here: how many parts have arrived; $count: how many parts there are.
file-sharing-arriving-parts = On its way: { $here } of { $count } parts here. It arrives as the person's app sends it (Send and receive now, on Sharing, fetches what has come).
file-sharing-not-shown-here = This kind of file cannot be opened in this app. Its name, size and SHA-256 are shown.
