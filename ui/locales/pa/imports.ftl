## Bringing things into the log: files, a chat, e-mails (files-import.ts, chat-import.ts, email-import.ts, one-or-each.ts)

# Between line numbers ("Line 4, 9 of the file…").
imports-list-separator = { ", " }

imports-how = ਇਨ੍ਹਾਂ ਨੂੰ ਕਿਵੇਂ ਲਿਖਣਾ ਹੈ
imports-what-kind = ਇਹ ਕਿਸ ਕਿਸਮ ਦੀ ਗੱਲ ਹੈ?
imports-bring-them-in = ਇਨ੍ਹਾਂ ਨੂੰ ਅੰਦਰ ਲਿਆਓ
imports-bringing = ਅੰਦਰ ਲਿਆਂਦਾ ਜਾ ਰਿਹਾ ਹੈ…
imports-cancel = ਰੱਦ ਕਰੋ
imports-nothing-brought-in = ਕੁਝ ਵੀ ਅੰਦਰ ਨਹੀਂ ਲਿਆਂਦਾ ਗਿਆ।

## Photos or files
imports-files-title = ਫ਼ੋਟੋਆਂ ਜਾਂ ਫ਼ਾਈਲਾਂ ਅੰਦਰ ਲਿਆਓ
imports-files-choose = ਫ਼ਾਈਲਾਂ ਚੁਣੋ
imports-files-hint = ਸਕ੍ਰੀਨਸ਼ਾਟ, ਫ਼ੋਟੋਆਂ, PDF: ਜਿੰਨੀਆਂ ਮਰਜ਼ੀ। ਹਰ ਇੱਕ ਦੀ ਕਾਪੀ ਇਸ ਐਪ ਵਿੱਚ ਬਣਾ ਕੇ, ਉਸਦੇ ਡਿਜੀਟਲ ਪਛਾਣ-ਚਿੰਨ੍ਹ (SHA-256) ਸਮੇਤ, ਲੌਕ ਕਰਕੇ ਰੱਖੀ ਜਾਂਦੀ ਹੈ। ਅਸਲ ਫ਼ਾਈਲਾਂ ਉੱਥੇ ਹੀ ਰਹਿੰਦੀਆਂ ਹਨ ਜਿੱਥੇ ਉਹ ਹਨ — ਹੋ ਸਕਦਾ ਹੈ ਤੁਸੀਂ ਉਨ੍ਹਾਂ ਨੂੰ ਮਿਟਾਉਣਾ ਚਾਹੋ।
imports-files-chosen =
    { $count ->
        [one] { $count } ਫ਼ਾਈਲ ਚੁਣੀ ਗਈ।
       *[other] { $count } ਫ਼ਾਈਲਾਂ ਚੁਣੀਆਂ ਗਈਆਂ।
    }
imports-files-each = ਹਰ ਫ਼ਾਈਲ ਲਈ ਇੱਕ ਐਂਟਰੀ, ਉਸ ਤਾਰੀਖ਼ ਨਾਲ ਜਦੋਂ ਫ਼ਾਈਲ ਇਸ ਕੰਪਿਊਟਰ 'ਤੇ ਆਖ਼ਰੀ ਵਾਰ ਬਦਲੀ ਗਈ ਸੀ (ਹਰ ਐਂਟਰੀ ਨੂੰ ਬਾਅਦ ਵਿੱਚ ਸੋਧਿਆ ਜਾ ਸਕਦਾ ਹੈ)
imports-files-together = ਇੱਕ ਐਂਟਰੀ, ਜਿਸ ਵਿੱਚ ਸਾਰੀਆਂ ਫ਼ਾਈਲਾਂ ਹੋਣ
imports-files-none = ਕਿਰਪਾ ਕਰਕੇ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਫ਼ਾਈਲ ਚੁਣੋ।
imports-files-adding = { $total } ਵਿੱਚੋਂ ਫ਼ਾਈਲ { $number } ਜੋੜੀ ਜਾ ਰਹੀ ਹੈ…
imports-files-done-together =
    { $files ->
        [one] 1 ਐਂਟਰੀ ਲਿਖੀ ਗਈ, ਜਿਸ ਵਿੱਚ 1 ਫ਼ਾਈਲ ਹੈ।
       *[other] 1 ਐਂਟਰੀ ਲਿਖੀ ਗਈ, ਜਿਸ ਵਿੱਚ { $files } ਫ਼ਾਈਲਾਂ ਹਨ।
    }
# $count is 2 or more.
imports-files-done-each = { $count } ਐਂਟਰੀਆਂ ਲਿਖੀਆਂ ਗਈਆਂ, ਹਰ ਫ਼ਾਈਲ ਲਈ ਇੱਕ।
imports-files-failed = ਕੁਝ ਵੀ ਨਹੀਂ ਲਿਖਿਆ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

## A chat (WhatsApp's "Export chat", or a list of messages)
imports-chat-choose = ਉਹ ਚੈਟ ਫ਼ਾਈਲ ਚੁਣੋ ਜੋ WhatsApp ਨੇ “Export chat” (ਚੈਟ ਐਕਸਪੋਰਟ ਕਰੋ) ਨਾਲ ਬਣਾਈ ਸੀ (.txt, ਜਾਂ .zip ਜੇ ਮੀਡੀਆ ਸ਼ਾਮਲ ਕਰਨਾ ਚੁਣਿਆ ਸੀ), ਜਾਂ ਟੈਕਸਟ ਵਜੋਂ ਸੰਭਾਲੀ ਸੁਨੇਹਿਆਂ ਦੀ ਸੂਚੀ, ਜਿਸ ਵਿੱਚ ਹਰ ਸੁਨੇਹਾ ਨਵੀਂ ਲਾਈਨ 'ਤੇ ਆਪਣੀ ਤਾਰੀਖ਼, ਸਮੇਂ ਅਤੇ ਭੇਜਣ ਵਾਲੇ ਦੇ ਨਾਮ ਨਾਲ ਸ਼ੁਰੂ ਹੋਵੇ, ਜਿਵੇਂ: 12/03/2026 21:15 Tom: ਤੁਸੀਂ ਕਿੱਥੇ ਹੋ
imports-chat-read-failed = ਉਹ ਫ਼ਾਈਲ ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕੀ। ਕੁਝ ਵੀ ਅੰਦਰ ਨਹੀਂ ਲਿਆਂਦਾ ਗਿਆ।
imports-chat-title = ਸੁਨੇਹੇ ਅੰਦਰ ਲਿਆਓ
# $first and $last: the dates as the phone wrote them.
imports-chat-about =
    { $count ->
        [one] { $file }: { $count } ਸੁਨੇਹਾ, ਪਹਿਲਾ { $first } ਨੂੰ ਅਤੇ ਆਖ਼ਰੀ { $last } ਨੂੰ ਭੇਜਿਆ ਗਿਆ (ਜਿਵੇਂ ਫ਼ੋਨ ਨੇ ਲਿਖਿਆ)।
       *[other] { $file }: { $count } ਸੁਨੇਹੇ, ਪਹਿਲਾ { $first } ਨੂੰ ਅਤੇ ਆਖ਼ਰੀ { $last } ਨੂੰ ਭੇਜਿਆ ਗਿਆ (ਜਿਵੇਂ ਫ਼ੋਨ ਨੇ ਲਿਖਿਆ)।
    }
imports-chat-about-files =
    { $count ->
        [one] ਇਸ ਵਿੱਚੋਂ { $count } ਫ਼ੋਟੋ ਜਾਂ ਫ਼ਾਈਲ ਉਸ ਸੁਨੇਹੇ ਨਾਲ ਰੱਖੀ ਜਾਂਦੀ ਹੈ ਜਿਸ ਵਿੱਚ ਉਹ ਭੇਜੀ ਗਈ ਸੀ।
       *[other] ਇਸ ਵਿੱਚੋਂ { $count } ਫ਼ੋਟੋਆਂ ਅਤੇ ਫ਼ਾਈਲਾਂ ਉਨ੍ਹਾਂ ਸੁਨੇਹਿਆਂ ਨਾਲ ਰੱਖੀਆਂ ਜਾਂਦੀਆਂ ਹਨ ਜਿਨ੍ਹਾਂ ਵਿੱਚ ਉਹ ਭੇਜੀਆਂ ਗਈਆਂ ਸਨ।
    }
imports-chat-about-left-out =
    { $count ->
        [one] zip ਵਿਚਲੀ { $count } ਹੋਰ ਫ਼ਾਈਲ ਦਾ ਨਾਮ ਕਿਸੇ ਵੀ ਸੁਨੇਹੇ ਵਿੱਚ ਨਹੀਂ ਆਉਂਦਾ: ਇਹ ਵੱਖਰੇ ਤੌਰ 'ਤੇ ਨਹੀਂ ਜੋੜੀ ਗਈ, ਪਰ ਚੈਟ ਫ਼ਾਈਲ ਦੇ ਅੰਦਰ ਰੱਖੀ ਹੋਈ ਹੈ।
       *[other] zip ਵਿਚਲੀਆਂ { $count } ਹੋਰ ਫ਼ਾਈਲਾਂ ਦੇ ਨਾਮ ਕਿਸੇ ਵੀ ਸੁਨੇਹੇ ਵਿੱਚ ਨਹੀਂ ਆਉਂਦੇ: ਇਹ ਵੱਖਰੇ ਤੌਰ 'ਤੇ ਨਹੀਂ ਜੋੜੀਆਂ ਗਈਆਂ, ਪਰ ਚੈਟ ਫ਼ਾਈਲ ਦੇ ਅੰਦਰ ਰੱਖੀਆਂ ਹੋਈਆਂ ਹਨ।
    }
imports-chat-about-notices =
    { $count ->
        [one] WhatsApp ਵੱਲੋਂ ਖ਼ੁਦ ਲਿਖੀ { $count } ਲਾਈਨ ਛੱਡ ਦਿੱਤੀ ਗਈ ਹੈ।
       *[other] WhatsApp ਵੱਲੋਂ ਖ਼ੁਦ ਲਿਖੀਆਂ { $count } ਲਾਈਨਾਂ ਛੱਡ ਦਿੱਤੀਆਂ ਗਈਆਂ ਹਨ।
    }
imports-chat-again = ਇਹ ਚੈਟ ਫ਼ਾਈਲ ਪਹਿਲਾਂ, { $date } ਨੂੰ, ਅੰਦਰ ਲਿਆਂਦੀ ਜਾ ਚੁੱਕੀ ਹੈ। ਇਸਨੂੰ ਦੁਬਾਰਾ ਲਿਆਉਣ ਨਾਲ ਇਸਦੇ ਸੁਨੇਹੇ ਦੁਬਾਰਾ ਲਿਖੇ ਜਾਣਗੇ। ਸਿਰਫ਼ ਨਵੇਂ ਸੁਨੇਹੇ ਜੋੜਨ ਲਈ, ਹੇਠਾਂ ਉਨ੍ਹਾਂ ਦੇ ਨੰਬਰ ਚੁਣੋ।
# $lines: line numbers joined by imports-list-separator; $count: how many.
imports-chat-kept =
    { $count ->
        [one] ਫ਼ਾਈਲ ਦੀ ਲਾਈਨ { $lines } ਇੱਕ ਨਵੇਂ ਸੁਨੇਹੇ ਵਰਗੀ ਲੱਗਦੀ ਹੈ ਪਰ ਸਮੇਂ ਵਿੱਚ ਪਿੱਛੇ ਜਾਂਦੀ ਹੈ, ਇਸ ਲਈ ਇਸਨੂੰ ਪਿਛਲੇ ਸੁਨੇਹੇ ਦੇ ਹਿੱਸੇ ਵਜੋਂ ਰੱਖਿਆ ਗਿਆ ਹੈ। ਜੇ ਇਹ ਗ਼ਲਤ ਹੈ, ਤਾਂ ਹੋ ਸਕਦਾ ਹੈ ਤਾਰੀਖ਼ਾਂ ਵਿੱਚ ਦਿਨ ਅਤੇ ਮਹੀਨਾ ਉਲਟ ਹੋਣ।
       *[other] ਫ਼ਾਈਲ ਦੀਆਂ ਲਾਈਨਾਂ { $lines } ਨਵੇਂ ਸੁਨੇਹਿਆਂ ਵਰਗੀਆਂ ਲੱਗਦੀਆਂ ਹਨ ਪਰ ਸਮੇਂ ਵਿੱਚ ਪਿੱਛੇ ਜਾਂਦੀਆਂ ਹਨ, ਇਸ ਲਈ ਹਰ ਇੱਕ ਨੂੰ ਉਸਤੋਂ ਪਿਛਲੇ ਸੁਨੇਹੇ ਦੇ ਹਿੱਸੇ ਵਜੋਂ ਰੱਖਿਆ ਗਿਆ ਹੈ। ਜੇ ਇਹ ਗ਼ਲਤ ਹੈ, ਤਾਂ ਹੋ ਸਕਦਾ ਹੈ ਤਾਰੀਖ਼ਾਂ ਵਿੱਚ ਦਿਨ ਅਤੇ ਮਹੀਨਾ ਉਲਟ ਹੋਣ।
    }
imports-chat-order-legend = ਫ਼ੋਨ ਤਾਰੀਖ਼ਾਂ ਕਿਵੇਂ ਲਿਖਦਾ ਹੈ?
imports-chat-order-hint = ਪਹਿਲਾ ਸੁਨੇਹਾ { $first } ਨੂੰ ਭੇਜਿਆ ਗਿਆ ਸੀ। ਕੀ ਪਹਿਲਾਂ ਦਿਨ ਆਉਂਦਾ ਹੈ ਜਾਂ ਮਹੀਨਾ?
imports-chat-day-first = ਪਹਿਲਾਂ ਦਿਨ: 12/03 ਦਾ ਮਤਲਬ ਹੈ 12 ਮਾਰਚ (ਜਿਵੇਂ ਯੂ.ਕੇ. ਵਿੱਚ)
imports-chat-month-first = ਪਹਿਲਾਂ ਮਹੀਨਾ: 03/12 ਦਾ ਮਤਲਬ ਹੈ 12 ਮਾਰਚ (ਜਿਵੇਂ ਅਮਰੀਕਾ ਵਿੱਚ)
imports-chat-read-that-way-failed = ਫ਼ਾਈਲ ਇਸ ਤਰੀਕੇ ਨਾਲ ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕੀ।
imports-chat-senders = ਕਿਸ ਦੇ ਸੁਨੇਹੇ?
imports-chat-senders-hint = ਜਿਨ੍ਹਾਂ ਦੇ ਸੁਨੇਹੇ ਨਹੀਂ ਲਿਖਣੇ, ਉਨ੍ਹਾਂ ਤੋਂ ਨਿਸ਼ਾਨ ਹਟਾ ਦਿਓ (ਉਦਾਹਰਨ ਲਈ, ਆਪਣੇ ਖ਼ੁਦ ਦੇ)।
imports-chat-sender =
    { $count ->
        [one] { $name } ({ $count } ਸੁਨੇਹਾ)
       *[other] { $name } ({ $count } ਸੁਨੇਹੇ)
    }
imports-chat-each = ਹਰ ਸੁਨੇਹਾ ਆਪਣੀ ਵੱਖਰੀ ਐਂਟਰੀ ਵਜੋਂ, ਉਸਦੇ ਭੇਜੇ ਜਾਣ ਦੇ ਸਮੇਂ ਨਾਲ
imports-chat-together = ਸਾਰੇ ਸੁਨੇਹੇ ਇੱਕ ਐਂਟਰੀ ਵਜੋਂ, ਪਹਿਲੇ ਤੋਂ ਆਖ਼ਰੀ ਤੱਕ
imports-chat-range = ਕਿਹੜੇ ਸੁਨੇਹੇ?
imports-chat-range-hint = ਨੰਬਰ 1 (ਪਹਿਲਾ, { $first } ਨੂੰ ਭੇਜਿਆ ਗਿਆ) ਤੋਂ { $last } (ਆਖ਼ਰੀ) ਤੱਕ ਹਨ।
imports-chat-from = ਇਸ ਸੁਨੇਹੇ ਤੋਂ
imports-chat-to = ਇਸ ਸੁਨੇਹੇ ਤੱਕ
# $zone: the computer's time zone, e.g. Europe/London.
imports-chat-time-hint = ਸਮੇਂ ਇਸ ਕੰਪਿਊਟਰ ਦੇ ਸਮੇਂ ({ $zone }) ਅਨੁਸਾਰ ਪੜ੍ਹੇ ਜਾਂਦੇ ਹਨ; ਹਰ ਐਂਟਰੀ ਵਿੱਚ ਇਹ ਵੀ ਲਿਖਿਆ ਹੁੰਦਾ ਹੈ ਕਿ ਸੁਨੇਹਾ ਕਿਸ ਨੇ ਅਤੇ ਕਦੋਂ ਭੇਜਿਆ, ਬਿਲਕੁਲ ਉਵੇਂ ਜਿਵੇਂ ਚੈਟ ਫ਼ਾਈਲ ਵਿੱਚ ਲਿਖਿਆ ਸੀ। ਪੂਰੀ ਚੈਟ ਫ਼ਾਈਲ, ਉਸਦੇ ਡਿਜੀਟਲ ਪਛਾਣ-ਚਿੰਨ੍ਹ (SHA-256) ਸਮੇਤ, ਹਰ ਐਂਟਰੀ ਨਾਲ ਰੱਖੀ ਜਾਂਦੀ ਹੈ: ਬਾਅਦ ਵਿੱਚ ਜਿਸ ਕਿਸੇ ਨੂੰ ਵੀ ਇਹ ਐਂਟਰੀਆਂ ਦਿੱਤੀਆਂ ਜਾਣ (ਰਿਪੋਰਟ ਦੇ ਐਕਸਪੋਰਟ ਵਿੱਚ), ਉਸਨੂੰ ਪੂਰੀ ਚੈਟ ਮਿਲਦੀ ਹੈ, ਸਾਰੇ ਪਾਸਿਆਂ ਦੇ ਸੁਨੇਹਿਆਂ ਸਮੇਤ।
imports-chat-need-sender = ਕਿਰਪਾ ਕਰਕੇ ਨਿਸ਼ਾਨ ਲਗਾਓ ਕਿ ਕਿਸ ਦੇ ਸੁਨੇਹੇ ਅੰਦਰ ਲਿਆਉਣੇ ਹਨ।
imports-chat-need-order = ਕਿਰਪਾ ਕਰਕੇ ਦੱਸੋ ਕਿ ਫ਼ੋਨ ਤਾਰੀਖ਼ਾਂ ਕਿਵੇਂ ਲਿਖਦਾ ਹੈ, ਤਾਂ ਜੋ ਹਰ ਸੁਨੇਹੇ ਨੂੰ ਉਸਦਾ ਸਹੀ ਦਿਨ ਮਿਲੇ।
imports-chat-bad-range = ਕਿਰਪਾ ਕਰਕੇ 1 ਤੋਂ { $last } ਤੱਕ ਦੇ ਸੁਨੇਹਾ ਨੰਬਰ ਦਿਓ।
imports-chat-done-together =
    { $count ->
        [one] { $count } ਸੁਨੇਹੇ ਤੋਂ 1 ਐਂਟਰੀ ਲਿਖੀ ਗਈ।
       *[other] { $count } ਸੁਨੇਹਿਆਂ ਤੋਂ 1 ਐਂਟਰੀ ਲਿਖੀ ਗਈ।
    }
# $count is 2 or more.
imports-chat-done-each = { $count } ਐਂਟਰੀਆਂ ਲਿਖੀਆਂ ਗਈਆਂ, ਹਰ ਸੁਨੇਹੇ ਲਈ ਇੱਕ।
imports-chat-failed = ਕੁਝ ਵੀ ਅੰਦਰ ਨਹੀਂ ਲਿਆਂਦਾ ਗਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

## E-mails saved as files (.eml)
imports-email-choose = ਫ਼ਾਈਲਾਂ ਵਜੋਂ ਸੰਭਾਲੀਆਂ ਇੱਕ ਜਾਂ ਵੱਧ ਈਮੇਲਾਂ (.eml) ਚੁਣੋ। ਜ਼ਿਆਦਾਤਰ ਈਮੇਲ ਪ੍ਰੋਗਰਾਮਾਂ ਵਿੱਚ: ਸੁਨੇਹਾ ਖੋਲ੍ਹੋ, ਫਿਰ Save As (ਇਸ ਵਜੋਂ ਸੰਭਾਲੋ) ਜਾਂ Download (ਡਾਊਨਲੋਡ) ਚੁਣੋ।
imports-email-read-failed = ਉਹ ਫ਼ਾਈਲਾਂ ਪੜ੍ਹੀਆਂ ਨਹੀਂ ਜਾ ਸਕੀਆਂ। ਕੁਝ ਵੀ ਅੰਦਰ ਨਹੀਂ ਲਿਆਂਦਾ ਗਿਆ।
imports-email-title =
    { $count ->
        [one] ਇਹ ਈਮੇਲ ਅੰਦਰ ਲਿਆਓ
       *[other] { $count } ਈਮੇਲਾਂ ਅੰਦਰ ਲਿਆਓ
    }
imports-email-lead = ਹਰ ਈਮੇਲ ਆਪਣੀ ਵੱਖਰੀ ਐਂਟਰੀ ਬਣਦੀ ਹੈ, ਉਸਦੇ ਭੇਜੇ ਜਾਣ ਦੀ ਤਾਰੀਖ਼ ਨਾਲ; ਈਮੇਲ ਫ਼ਾਈਲ ਪੂਰੀ ਦੀ ਪੂਰੀ ਅਤੇ ਉਸ ਨਾਲ ਨੱਥੀ ਫ਼ਾਈਲਾਂ ਵੀ ਰੱਖੀਆਂ ਜਾਂਦੀਆਂ ਹਨ। ਹੇਠਾਂ ਵਾਲਾ ਬਟਨ ਦਬਾਉਣ ਤੱਕ ਕੁਝ ਵੀ ਨਹੀਂ ਲਿਖਿਆ ਜਾਂਦਾ।
imports-email-list-label = ਚੁਣੀਆਂ ਗਈਆਂ ਈਮੇਲਾਂ
imports-email-no-subject = (ਕੋਈ ਵਿਸ਼ਾ ਨਹੀਂ)
imports-email-from = ਭੇਜਣ ਵਾਲਾ: { $from }
imports-email-from-unknown = (ਨਹੀਂ ਦੱਸਿਆ ਗਿਆ)
imports-email-sent = ਭੇਜੀ ਗਈ: { $date }
imports-email-no-date = ਕੋਈ ਪੜ੍ਹਨਯੋਗ ਤਾਰੀਖ਼ ਨਹੀਂ: ਇਸ 'ਤੇ ਹੁਣ ਦਾ ਸਮਾਂ ਲਗਾਇਆ ਜਾਵੇਗਾ। ਸਮਾਂ ਬਾਅਦ ਵਿੱਚ ਸੋਧਿਆ ਜਾ ਸਕਦਾ ਹੈ।
imports-email-files =
    { $count ->
        [one] { $count } ਫ਼ਾਈਲ ਨੱਥੀ
       *[other] { $count } ਫ਼ਾਈਲਾਂ ਨੱਥੀ
    }
imports-email-file = ਫ਼ਾਈਲ: { $name }
imports-email-before = ਇਹੀ ਫ਼ਾਈਲ ਪਹਿਲਾਂ, { $date } ਨੂੰ, ਅੰਦਰ ਲਿਆਂਦੀ ਜਾ ਚੁੱਕੀ ਹੈ। ਇਸਨੂੰ ਦੁਬਾਰਾ ਲਿਆਉਣ ਨਾਲ ਇਹ ਦੁਬਾਰਾ ਲਿਖੀ ਜਾਵੇਗੀ।
imports-email-before-count =
    { $count ->
        [one] ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ { $count } ਪਹਿਲਾਂ ਅੰਦਰ ਲਿਆਂਦੀ ਜਾ ਚੁੱਕੀ ਹੈ।
       *[other] ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ { $count } ਪਹਿਲਾਂ ਅੰਦਰ ਲਿਆਂਦੀਆਂ ਜਾ ਚੁੱਕੀਆਂ ਹਨ।
    }
imports-email-kind = ਇਨ੍ਹਾਂ ਨੂੰ ਕਿਸ ਕਿਸਮ ਹੇਠ ਰੱਖਣਾ ਹੈ
imports-email-bring =
    { $count ->
        [one] ਇਸਨੂੰ ਅੰਦਰ ਲਿਆਓ
       *[other] ਇਨ੍ਹਾਂ ਨੂੰ ਅੰਦਰ ਲਿਆਓ
    }
imports-email-back = ਇਨ੍ਹਾਂ ਤੋਂ ਬਿਨਾਂ ਰਿਕਾਰਡ 'ਤੇ ਵਾਪਸ ਜਾਓ
imports-email-done =
    { $count ->
        [one] { $count } ਈਮੇਲ ਅੰਦਰ ਲਿਆਂਦੀ ਗਈ, ਹਰ ਇੱਕ ਲਈ ਇੱਕ ਐਂਟਰੀ।
       *[other] { $count } ਈਮੇਲਾਂ ਅੰਦਰ ਲਿਆਂਦੀਆਂ ਗਈਆਂ, ਹਰ ਇੱਕ ਲਈ ਇੱਕ ਐਂਟਰੀ।
    }
imports-email-failed = ਇਹ ਅੰਦਰ ਨਹੀਂ ਲਿਆਂਦੀਆਂ ਜਾ ਸਕੀਆਂ। ਕੁਝ ਵੀ ਨਹੀਂ ਲਿਖਿਆ ਗਿਆ; ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
