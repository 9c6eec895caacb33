# ਵਿਅਕਤੀ ਦੇ ਘਟਨਾਵਾਂ ਦੇ ਰਿਕਾਰਡ ਅਤੇ ਖ਼ਤਰੇ ਦੀਆਂ ਜਾਂਚਾਂ ਵਿੱਚੋਂ ਜੋ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਦੇਖਦਾ ਹੈ, ਸਿਰਫ਼ ਪੜ੍ਹਨ ਲਈ
# (screens/shared-records.ts, screens/shared-records-logic.ts).

## ਹਿੱਸਾ

shared-records-heading = ਵਿਅਕਤੀ ਵੱਲੋਂ ਸਾਂਝਾ ਕੀਤਾ ਗਿਆ (ਸਿਰਫ਼ ਪੜ੍ਹਨ ਲਈ)
shared-records-empty = ਅਜੇ ਕੁਝ ਵੀ ਸਾਂਝਾ ਨਹੀਂ ਕੀਤਾ ਗਿਆ। ਤੁਸੀਂ ਕੀ ਦੇਖ ਸਕਦੇ ਹੋ, ਇਹ ਉਹ ਵਿਅਕਤੀ ਚੁਣਦੇ ਹਨ।
shared-records-incidents-lead = ਉਸ ਵਿਅਕਤੀ ਦਾ ਆਪਣਾ ਘਟਨਾਵਾਂ ਦਾ ਰਿਕਾਰਡ, ਜਿਵੇਂ ਉਹ ਇਸਨੂੰ ਸਾਂਝਾ ਕਰਦੇ ਹਨ, ਸਭ ਤੋਂ ਨਵਾਂ ਪਹਿਲਾਂ। ਤੁਸੀਂ ਇਸਨੂੰ ਇੱਥੇ ਪੜ੍ਹ ਸਕਦੇ ਹੋ ਪਰ ਬਦਲ ਨਹੀਂ ਸਕਦੇ। ਉਨ੍ਹਾਂ ਦੀਆਂ ਨੱਥੀ ਕੀਤੀਆਂ ਫ਼ਾਈਲਾਂ ਉਨ੍ਹਾਂ ਦੇ ਕੰਪਿਊਟਰ 'ਤੇ ਹੀ ਰਹਿੰਦੀਆਂ ਹਨ, ਜਦ ਤੱਕ ਉਹ ਤੁਹਾਨੂੰ ਕੋਈ ਫ਼ਾਈਲ ਦਿਖਾਉਣਾ ਨਹੀਂ ਚੁਣਦੇ।
shared-records-screenings-lead = ਉਸ ਵਿਅਕਤੀ ਦੇ ਆਪਣੇ ਖ਼ਤਰੇ ਦੀ ਜਾਂਚ ਦੇ ਜਵਾਬ, ਜਿਵੇਂ ਉਹ ਇਨ੍ਹਾਂ ਨੂੰ ਸਾਂਝਾ ਕਰਦੇ ਹਨ, ਸਭ ਤੋਂ ਨਵੇਂ ਪਹਿਲਾਂ। ਤੁਸੀਂ ਇਨ੍ਹਾਂ ਨੂੰ ਇੱਥੇ ਪੜ੍ਹ ਸਕਦੇ ਹੋ ਪਰ ਬਦਲ ਨਹੀਂ ਸਕਦੇ।
shared-records-load-failed = ਉਸ ਵਿਅਕਤੀ ਵੱਲੋਂ ਸਾਂਝੀ ਕੀਤੀ ਸਮੱਗਰੀ ਇਸ ਵੇਲੇ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੀ।
# Whether what is shown is what the person's app signed.
shared-records-signed = ਇੱਥੇ ਦਿਖਾਈ ਗਈ ਹਰ ਐਂਟਰੀ ਬਿਲਕੁਲ ਉਸੇ ਰੂਪ ਵਿੱਚ ਹੈ ਜਿਸ ਵਿੱਚ ਉਸ ਵਿਅਕਤੀ ਦੀ ਐਪ ਨੇ ਉਸ ਉੱਤੇ ਦਸਤਖ਼ਤ ਕੀਤੇ ਸਨ।
shared-records-unchecked = { $count ->
    [one] ਇੱਥੇ ਇੱਕ ਐਂਟਰੀ ਉਸ ਰੂਪ ਵਿੱਚ ਨਹੀਂ ਹੈ ਜਿਸ ਵਿੱਚ ਉਸ ਵਿਅਕਤੀ ਦੀ ਐਪ ਨੇ ਉਸ ਉੱਤੇ ਦਸਤਖ਼ਤ ਕੀਤੇ ਸਨ। ਹੇਠਾਂ ਉਸ 'ਤੇ ਨਿਸ਼ਾਨ ਲੱਗਾ ਹੈ: ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਉਨ੍ਹਾਂ ਦੀ ਐਪ ਵਿੱਚੋਂ ਨਿਕਲਣ ਤੋਂ ਬਾਅਦ ਇਸਨੂੰ ਬਦਲਿਆ ਗਿਆ ਹੋਵੇ।
   *[other] ਇੱਥੇ { $count } ਐਂਟਰੀਆਂ ਉਸ ਰੂਪ ਵਿੱਚ ਨਹੀਂ ਹਨ ਜਿਸ ਵਿੱਚ ਉਸ ਵਿਅਕਤੀ ਦੀ ਐਪ ਨੇ ਉਨ੍ਹਾਂ ਉੱਤੇ ਦਸਤਖ਼ਤ ਕੀਤੇ ਸਨ। ਹੇਠਾਂ ਉਨ੍ਹਾਂ 'ਤੇ ਨਿਸ਼ਾਨ ਲੱਗਾ ਹੈ: ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਉਸ ਵਿਅਕਤੀ ਦੀ ਐਪ ਵਿੱਚੋਂ ਨਿਕਲਣ ਤੋਂ ਬਾਅਦ ਇਨ੍ਹਾਂ ਨੂੰ ਬਦਲਿਆ ਗਿਆ ਹੋਵੇ।
    }
shared-records-not-signed = ਇਨ੍ਹਾਂ ਐਂਟਰੀਆਂ ਉੱਤੇ ਉਸ ਵਿਅਕਤੀ ਦੀ ਐਪ ਦੇ ਦਸਤਖ਼ਤ ਨਹੀਂ ਹਨ, ਇਸ ਲਈ ਇਹ ਜਾਂਚ ਨਹੀਂ ਹੋ ਸਕਦੀ ਕਿ ਇਹ ਉਨ੍ਹਾਂ ਦੀਆਂ ਹੀ ਹਨ।
# Followed by the key, in groups of eight characters on a line of its own.
shared-records-key = ਉਨ੍ਹਾਂ ਦੀ ਐਪ ਦੀ ਦਸਤਖ਼ਤ ਕੁੰਜੀ (ਜੋ ਉਨ੍ਹਾਂ ਦੀ ਘਟਨਾਵਾਂ ਦੀ ਰਿਪੋਰਟ ਉੱਤੇ ਵੀ ਹੁੰਦੀ ਹੈ):
shared-records-entry-unchecked = ਇਹ ਐਂਟਰੀ ਉਸ ਰੂਪ ਵਿੱਚ ਨਹੀਂ ਹੈ ਜਿਸ ਵਿੱਚ ਉਸ ਵਿਅਕਤੀ ਦੀ ਐਪ ਨੇ ਇਸ ਉੱਤੇ ਦਸਤਖ਼ਤ ਕੀਤੇ ਸਨ: ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਉਨ੍ਹਾਂ ਦੀ ਐਪ ਵਿੱਚੋਂ ਨਿਕਲਣ ਤੋਂ ਬਾਅਦ ਇਸਨੂੰ ਬਦਲਿਆ ਗਿਆ ਹੋਵੇ। ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਕਹੋ ਕਿ ਉਹ ਇਸਨੂੰ ਆਪਣੀ ਐਪ ਵਿੱਚ ਦੇਖਣ; ਉਨ੍ਹਾਂ ਦੀ ਐਪ ਵਾਲੀ ਕਾਪੀ ਅਤੇ ਰਿਪੋਰਟ ਹੀ ਮੰਨੀਆਂ ਜਾਂਦੀਆਂ ਹਨ।
# In an advocate's case, while changes the person sent have not arrived after asking again.
shared-records-incomplete = ਉਸ ਵਿਅਕਤੀ ਦੀਆਂ ਕੁਝ ਸਭ ਤੋਂ ਨਵੀਆਂ ਤਬਦੀਲੀਆਂ ਅਜੇ ਨਹੀਂ ਪਹੁੰਚੀਆਂ, ਇਸ ਲਈ ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਇਹ ਉਹ ਸਭ ਕੁਝ ਨਾ ਹੋਵੇ ਜੋ ਉਹ ਸਾਂਝਾ ਕਰਦੇ ਹਨ।

## ਇੱਕ ਸਾਂਝੀ ਕੀਤੀ ਘਟਨਾ

# $from and $until: a date and time, or only a time when both are on the same day.
shared-records-span = { $from } ਤੋਂ { $until } ਤੱਕ
# $when: a date and time.
shared-records-first-written = ਪਹਿਲੀ ਵਾਰ ਲਿਖਿਆ ਗਿਆ: { $when }
shared-records-corrected = { $count ->
    [one] ਇੱਕ ਵਾਰ ਸੋਧਿਆ ਗਿਆ
   *[other] { $count } ਵਾਰ ਸੋਧਿਆ ਗਿਆ
    }
# $corrected: shared-records-corrected; $when: a date and time.
shared-records-corrected-last = { $corrected } (ਆਖ਼ਰੀ ਵਾਰ { $when })
shared-records-files-kept = { $count ->
    [one] { $count } ਫ਼ਾਈਲ ਉਨ੍ਹਾਂ ਦੇ ਕੰਪਿਊਟਰ 'ਤੇ ਰੱਖੀ ਹੋਈ ਹੈ
   *[other] { $count } ਫ਼ਾਈਲਾਂ ਉਨ੍ਹਾਂ ਦੇ ਕੰਪਿਊਟਰ 'ਤੇ ਰੱਖੀਆਂ ਹੋਈਆਂ ਹਨ
    }
shared-records-files-shown = { $count ->
    [one] { $count } ਫ਼ਾਈਲ ਤੁਹਾਨੂੰ ਦਿਖਾਈ ਗਈ
   *[other] { $count } ਫ਼ਾਈਲਾਂ ਤੁਹਾਨੂੰ ਦਿਖਾਈਆਂ ਗਈਆਂ
    }
# $shown: files the person shows; $kept: files that stay on their computer.
shared-records-files-shown-and-kept = { $shown ->
    [one] { $shown } ਫ਼ਾਈਲ ਤੁਹਾਨੂੰ ਦਿਖਾਈ ਗਈ; ਉਨ੍ਹਾਂ ਦੇ ਕੰਪਿਊਟਰ 'ਤੇ ਰੱਖੀਆਂ ਹੋਰ ਫ਼ਾਈਲਾਂ: { $kept }
   *[other] { $shown } ਫ਼ਾਈਲਾਂ ਤੁਹਾਨੂੰ ਦਿਖਾਈਆਂ ਗਈਆਂ; ਉਨ੍ਹਾਂ ਦੇ ਕੰਪਿਊਟਰ 'ਤੇ ਰੱਖੀਆਂ ਹੋਰ ਫ਼ਾਈਲਾਂ: { $kept }
    }
shared-records-files-label = ਉਹ ਫ਼ਾਈਲਾਂ ਜੋ ਵਿਅਕਤੀ ਇਸ ਐਂਟਰੀ ਨਾਲ ਦਿਖਾਉਂਦੇ ਹਨ
shared-records-behaviour = ਵਿਹਾਰ
shared-records-police = ਪੁਲਿਸ
# $reference: the crime reference number, as written.
shared-records-crime-reference = ਅਪਰਾਧ ਹਵਾਲਾ ਨੰਬਰ (crime reference): { $reference }
# $officer: the police officer's name, as written.
shared-records-officer = ਪੁਲਿਸ ਅਫ਼ਸਰ: { $officer }
shared-records-more = ਹੋਰ ਵੇਰਵੇ
shared-records-appearance = ਹੁਲੀਆ
shared-records-vehicle = ਵਾਹਨ
shared-records-witnesses = ਗਵਾਹ
shared-records-impact = ਉਨ੍ਹਾਂ 'ਤੇ ਇਸਦਾ ਕੀ ਅਸਰ ਪਿਆ
shared-records-daily-life = ਰੋਜ਼ਾਨਾ ਜ਼ਿੰਦਗੀ ਵਿੱਚ ਤਬਦੀਲੀਆਂ
shared-records-also-told = ਹੋਰ ਕਿਸ ਨੂੰ ਦੱਸਿਆ

## ਚਾਰ ਵਿਹਾਰ (Fixated, Obsessed, Unwanted, Repeated: FOUR)

shared-records-behaviour-fixated = ਟਿਕਿਆ ਧਿਆਨ
shared-records-behaviour-obsessed = ਜਨੂੰਨ
shared-records-behaviour-unwanted = ਅਣਚਾਹਿਆ
shared-records-behaviour-repeated = ਵਾਰ-ਵਾਰ
