## The incident log (incidents.ts, incident-links.ts)

# Between the items of a list read in a sentence ("Fixated, Repeated").
incidents-list-separator = { ", " }

## The log
incidents-title = ਘਟਨਾਵਾਂ ਦਾ ਰਿਕਾਰਡ
incidents-lead = ਜਿੰਨੀ ਜਲਦੀ ਹੋ ਸਕੇ, ਗੱਲਾਂ ਲਿਖ ਲਓ। ਹਰ ਐਂਟਰੀ ਨਾਲ ਉਸਦੇ ਲਿਖੇ ਜਾਣ ਦਾ ਸਮਾਂ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ, ਅਤੇ ਸੋਧਾਂ ਨਵੇਂ ਵਰਜ਼ਨਾਂ ਵਜੋਂ ਰੱਖੀਆਂ ਜਾਂਦੀਆਂ ਹਨ, ਤਾਂ ਜੋ ਇਹ ਪੁਲਿਸ ਜਾਂ ਅਦਾਲਤ ਨੂੰ ਦਿਖਾਇਆ ਜਾ ਸਕੇ।
incidents-list-label = ਘਟਨਾਵਾਂ, ਸਭ ਤੋਂ ਨਵੀਂ ਪਹਿਲਾਂ
incidents-shared-list-label = ਵਿਅਕਤੀ ਵੱਲੋਂ ਸਾਂਝੀਆਂ ਕੀਤੀਆਂ ਘਟਨਾਵਾਂ, ਸਭ ਤੋਂ ਨਵੀਂ ਪਹਿਲਾਂ
incidents-new = ਜੋ ਹੋਇਆ, ਉਹ ਲਿਖੋ
incidents-bring-chat = ਕੋਈ ਚੈਟ ਜਾਂ ਸੁਨੇਹਿਆਂ ਦੀ ਸੂਚੀ ਅੰਦਰ ਲਿਆਓ…
incidents-bring-files = ਫ਼ੋਟੋਆਂ ਜਾਂ ਫ਼ਾਈਲਾਂ ਅੰਦਰ ਲਿਆਓ…
incidents-bring-emails = ਈਮੇਲਾਂ ਅੰਦਰ ਲਿਆਓ…
incidents-show-older = ਪੁਰਾਣੀਆਂ ਐਂਟਰੀਆਂ ਦਿਖਾਓ
incidents-nothing-yet = ਅਜੇ ਕੁਝ ਵੀ ਨਹੀਂ ਲਿਖਿਆ ਗਿਆ।
incidents-everything-shown = ਬੱਸ, ਇਹੀ ਸਭ ਕੁਝ ਹੈ।
incidents-load-failed = ਰਿਕਾਰਡ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕਿਆ।
# $count is 1 or more.
incidents-check-intact =
    { $count ->
        [one] ਜਾਂਚ ਹੋ ਗਈ: ਸੰਭਾਲਿਆ ਹੋਇਆ ਵਰਜ਼ਨ ਲਿਖੇ ਜਾਣ ਤੋਂ ਬਾਅਦ ਬਦਲਿਆ ਨਹੀਂ ਗਿਆ।
       *[other] ਜਾਂਚ ਹੋ ਗਈ: { $count } ਸੰਭਾਲੇ ਹੋਏ ਵਰਜ਼ਨਾਂ ਵਿੱਚੋਂ ਕੋਈ ਵੀ ਲਿਖੇ ਜਾਣ ਤੋਂ ਬਾਅਦ ਬਦਲਿਆ ਨਹੀਂ ਗਿਆ।
    }
incidents-check-changed = ਚੇਤਾਵਨੀ: ਇਸ ਰਿਕਾਰਡ ਦਾ ਕੁਝ ਹਿੱਸਾ ਲਿਖੇ ਜਾਣ ਤੋਂ ਬਾਅਦ ਐਪ ਤੋਂ ਬਾਹਰ ਬਦਲਿਆ ਗਿਆ ਹੈ।

## How many entries are shown ($filters: the chosen filters in words, from the incidents-filter-said-… messages)
incidents-count-none-matching = ਕੋਈ ਵੀ ਐਂਟਰੀ ਇਸ ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦੀ: { $filters }। ਪੂਰਾ ਰਿਕਾਰਡ ਦੇਖਣ ਲਈ “ਸਭ ਕੁਝ ਦਿਖਾਓ” ਚੁਣੋ।
incidents-count-all =
    { $total ->
        [one] { $total } ਐਂਟਰੀ।
       *[other] ਸਾਰੀਆਂ { $total } ਐਂਟਰੀਆਂ।
    }
incidents-count-all-matching =
    { $total ->
        [one] ਮੇਲ ਖਾਂਦੀ { $total } ਐਂਟਰੀ।
       *[other] ਮੇਲ ਖਾਂਦੀਆਂ ਸਾਰੀਆਂ { $total } ਐਂਟਰੀਆਂ।
    }
# $total is 2 or more.
incidents-count-newest = { $total } ਐਂਟਰੀਆਂ ਵਿੱਚੋਂ ਸਭ ਤੋਂ ਨਵੀਆਂ { $shown }।
incidents-count-newest-matching = ਮੇਲ ਖਾਂਦੀਆਂ { $total } ਐਂਟਰੀਆਂ ਵਿੱਚੋਂ ਸਭ ਤੋਂ ਨਵੀਆਂ { $shown }।

## The filters
incidents-filter-legend = ਸਿਰਫ਼ ਇਹ ਦਿਖਾਓ
incidents-filter-kind = ਕੀ ਹੋਇਆ
incidents-filter-any-kind = ਕੋਈ ਵੀ ਕਿਸਮ
incidents-filter-fits = ਕਿਸ ਨਾਲ ਢੁੱਕਦਾ ਹੈ
incidents-filter-anything = ਕੁਝ ਵੀ
incidents-filter-files = ਫ਼ਾਈਲਾਂ
incidents-filter-files-any = ਫ਼ਾਈਲਾਂ ਨਾਲ ਜਾਂ ਬਿਨਾਂ
incidents-filter-files-with = ਨੱਥੀ ਫ਼ਾਈਲਾਂ ਵਾਲੀਆਂ
incidents-filter-files-without = ਫ਼ਾਈਲਾਂ ਤੋਂ ਬਿਨਾਂ
incidents-filter-who = ਕੌਣ
incidents-filter-anyone = ਕੋਈ ਵੀ
incidents-filter-order = ਤੋੜਿਆ ਗਿਆ ਹੁਕਮ
incidents-filter-any-order = ਕੋਈ ਵੀ, ਜਾਂ ਕੋਈ ਨਹੀਂ
incidents-filter-from = ਤੋਂ (ਦਿਨ)
incidents-filter-to = ਤੱਕ (ਦਿਨ)
incidents-filter-any-day = ਕੋਈ ਵੀ ਦਿਨ
incidents-filter-chosen = ਚੁਣਿਆ ਗਿਆ
incidents-filter-clear = ਸਭ ਕੁਝ ਦਿਖਾਓ
incidents-filter-backwards = “ਤੋਂ” ਵਾਲਾ ਦਿਨ “ਤੱਕ” ਵਾਲੇ ਦਿਨ ਤੋਂ ਬਾਅਦ ਦਾ ਹੈ: ਕੁਝ ਵੀ ਮੇਲ ਨਹੀਂ ਖਾ ਸਕਦਾ। ਕਿਰਪਾ ਕਰਕੇ ਦਿਨ ਦੁਬਾਰਾ ਚੁਣੋ।
# The chosen filters in words, joined by incidents-list-separator into $filters above.
incidents-filter-said-kind = ਕੀ ਹੋਇਆ: { $choice }
incidents-filter-said-fits = ਢੁੱਕਦਾ ਹੈ: { $choice }
incidents-filter-said-with-files = ਨੱਥੀ ਫ਼ਾਈਲਾਂ ਵਾਲੀਆਂ
incidents-filter-said-without-files = ਫ਼ਾਈਲਾਂ ਤੋਂ ਬਿਨਾਂ
incidents-filter-said-who = ਕੌਣ: { $choice }
incidents-filter-said-order = ਤੋੜਿਆ ਗਿਆ: { $choice }
incidents-filter-said-from = { $day } ਤੋਂ
incidents-filter-said-to = { $day } ਤੱਕ

## The four behaviours (FOUR: Fixated, Obsessed, Unwanted, Repeated)
incidents-behaviour-name-fixated = ਟਿਕਿਆ ਧਿਆਨ
incidents-behaviour-name-obsessed = ਜਨੂੰਨ
incidents-behaviour-name-unwanted = ਅਣਚਾਹਿਆ
incidents-behaviour-name-repeated = ਵਾਰ-ਵਾਰ
incidents-behaviour-fixated = ਟਿਕਿਆ ਧਿਆਨ: ਲੱਗਦਾ ਹੈ ਉਨ੍ਹਾਂ ਦਾ ਧਿਆਨ ਮੇਰੇ 'ਤੇ ਹੀ ਟਿਕਿਆ ਹੋਇਆ ਹੈ
incidents-behaviour-obsessed = ਜਨੂੰਨ: ਇਹ ਉਨ੍ਹਾਂ ਦਾ ਬਹੁਤ ਸਾਰਾ ਸਮਾਂ ਲੈ ਲੈਂਦਾ ਹੈ
incidents-behaviour-unwanted = ਅਣਚਾਹਿਆ: ਇਹ ਮੇਰੀ ਮਰਜ਼ੀ ਦੇ ਖ਼ਿਲਾਫ਼ ਸੀ
incidents-behaviour-repeated = ਵਾਰ-ਵਾਰ: ਇਹ ਹੁੰਦਾ ਹੀ ਰਹਿੰਦਾ ਹੈ

## An entry in the list
incidents-open = ਖੋਲ੍ਹੋ
incidents-open-label = ਖੋਲ੍ਹੋ: { $kind }, { $when }
incidents-entry-fits = ਢੁੱਕਦਾ ਹੈ: { $behaviours }
incidents-entry-who = ਕੌਣ: { $who }
incidents-entry-breach = ਉਲੰਘਣਾ ਵਜੋਂ ਦਰਜ: { $condition }
incidents-entry-corrected = ਸੋਧਿਆ ਗਿਆ (ਵਰਜ਼ਨ { $version })
incidents-entry-files =
    { $count ->
        [one] { $count } ਫ਼ਾਈਲ ਨੱਥੀ
       *[other] { $count } ਫ਼ਾਈਲਾਂ ਨੱਥੀ
    }

## An entry's page
incidents-back = ਰਿਕਾਰਡ 'ਤੇ ਵਾਪਸ ਜਾਓ
incidents-correct = ਇਸ ਐਂਟਰੀ ਨੂੰ ਸੋਧੋ ਜਾਂ ਇਸ ਵਿੱਚ ਕੁਝ ਜੋੜੋ
incidents-another = ਇਸ ਵਰਗੀ ਇੱਕ ਹੋਰ ਐਂਟਰੀ ਲਿਖੋ
incidents-attached-files = ਨੱਥੀ ਫ਼ਾਈਲਾਂ
incidents-plan-prompt = ਇਹ ਸੰਭਾਲ ਲਿਆ ਗਿਆ ਹੈ। ਜਦੋਂ ਕੁਝ ਨਵਾਂ ਹੁੰਦਾ ਹੈ, ਤਾਂ ਆਪਣੀ ਸੁਰੱਖਿਆ ਯੋਜਨਾ 'ਤੇ ਨਜ਼ਰ ਮਾਰਨਾ ਅਤੇ ਇਹ ਦੇਖਣਾ ਮਦਦਗਾਰ ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਉਹ ਅਜੇ ਵੀ ਠੀਕ ਬੈਠਦੀ ਹੈ। ਕੋਈ ਕਾਹਲੀ ਨਹੀਂ।
incidents-plan-open = ਆਪਣੀ ਸੁਰੱਖਿਆ ਯੋਜਨਾ ਦੇਖੋ
incidents-row-happened = ਕਦੋਂ ਹੋਇਆ
incidents-happened-span = { $from } ਤੋਂ { $until } ਤੱਕ
incidents-row-first-written = ਪਹਿਲੀ ਵਾਰ ਲਿਖਿਆ ਗਿਆ
incidents-row-this-version = ਇਹ ਵਰਜ਼ਨ ਲਿਖਿਆ ਗਿਆ
incidents-row-where = ਕਿੱਥੇ
incidents-row-who = ਕੌਣ
incidents-row-breaching = ਉਲੰਘਣਾ ਵਜੋਂ ਦਰਜ
incidents-row-behaviour = ਵਿਹਾਰ
incidents-row-description = ਕੀ ਕਿਹਾ ਜਾਂ ਕੀਤਾ ਗਿਆ
incidents-row-appearance = ਉਹ ਕਿਹੋ ਜਿਹੇ ਦਿਸਦੇ ਸਨ
incidents-row-vehicle = ਵਾਹਨ
incidents-row-witnesses = ਗਵਾਹ
incidents-row-impact = ਮੇਰੇ 'ਤੇ ਇਸਦਾ ਕੀ ਅਸਰ ਪਿਆ
incidents-row-daily-life = ਇਸਨੇ ਮੇਰੀ ਰੋਜ਼ਾਨਾ ਜ਼ਿੰਦਗੀ ਕਿਵੇਂ ਬਦਲੀ
incidents-row-officer = ਪੁਲਿਸ ਅਫ਼ਸਰ
incidents-row-crime-ref = ਅਪਰਾਧ ਹਵਾਲਾ ਨੰਬਰ (crime reference)
incidents-row-also-told = ਹੋਰ ਕਿਸ ਨੂੰ ਦੱਸਿਆ
incidents-versions = ਵਰਜ਼ਨ
incidents-versions-label = ਸਾਰੇ ਵਰਜ਼ਨ, ਸਭ ਤੋਂ ਪੁਰਾਣਾ ਪਹਿਲਾਂ
incidents-version-first = ਪਹਿਲੀ ਵਾਰ ਲਿਖਿਆ ਗਿਆ
incidents-version-correction = ਸੋਧ { $number }
incidents-version-written = ਲਿਖਿਆ ਗਿਆ: { $when }
# $fields: the names below, joined by incidents-list-separator.
incidents-version-changed = ਬਦਲਿਆ ਗਿਆ: { $fields }
incidents-version-unchanged = ਲਿਖਤ ਵਿੱਚ ਕੋਈ ਤਬਦੀਲੀ ਨਹੀਂ।
incidents-field-occurred-at = ਕਦੋਂ ਹੋਇਆ
incidents-field-occurred-until = ਕਦੋਂ ਤੱਕ
incidents-field-location = ਕਿੱਥੇ
incidents-field-kind = ਕਿਸਮ
incidents-field-behaviours = ਵਿਹਾਰ
incidents-field-description = ਕੀ ਕਿਹਾ ਜਾਂ ਕੀਤਾ ਗਿਆ
incidents-field-appearance = ਹੁਲੀਆ
incidents-field-vehicle = ਵਾਹਨ
incidents-field-witnesses = ਗਵਾਹ
incidents-field-impact = ਮੇਰੇ 'ਤੇ ਅਸਰ
incidents-field-daily-life = ਰੋਜ਼ਾਨਾ ਜ਼ਿੰਦਗੀ
incidents-field-police = ਪੁਲਿਸ ਦੇ ਵੇਰਵੇ
incidents-field-reported-to = ਹੋਰ ਕਿਸ ਨੂੰ ਦੱਸਿਆ
incidents-field-attachments = ਨੱਥੀ ਫ਼ਾਈਲਾਂ
incidents-field-links = ਕੌਣ, ਜਾਂ ਤੋੜਿਆ ਗਿਆ ਹੁਕਮ

## The entry form
incidents-form-title-new = ਜੋ ਹੋਇਆ, ਉਹ ਲਿਖੋ
incidents-form-title-correct = ਇਸ ਐਂਟਰੀ ਨੂੰ ਸੋਧੋ ਜਾਂ ਇਸ ਵਿੱਚ ਕੁਝ ਜੋੜੋ
incidents-form-correct-hint = ਪਹਿਲਾ ਵਰਜ਼ਨ ਉਵੇਂ ਹੀ ਰਹਿੰਦਾ ਹੈ ਜਿਵੇਂ ਸੀ। ਇਹ ਅੱਜ ਦੀ ਤਾਰੀਖ਼ ਨਾਲ ਇੱਕ ਨਵੇਂ ਵਰਜ਼ਨ ਵਜੋਂ ਸੰਭਾਲਿਆ ਜਾਂਦਾ ਹੈ।
incidents-form-like-hint = ਇਹ ਉਸ ਐਂਟਰੀ ਤੋਂ ਭਰਿਆ ਗਿਆ ਹੈ ਜੋ ਖੁੱਲ੍ਹੀ ਹੋਈ ਸੀ। ਸਮਾਂ ਜਾਂਚੋ, ਅਤੇ ਜੋ ਕੁਝ ਵੀ ਵੱਖਰਾ ਸੀ ਉਹ ਬਦਲੋ।
incidents-form-when = ਇਹ ਕਦੋਂ ਹੋਇਆ?
incidents-form-until = ਕਦੋਂ ਤੱਕ (ਜੇ ਇਹ ਕੁਝ ਸਮਾਂ ਚੱਲਦਾ ਰਿਹਾ)
incidents-form-where = ਕਿੱਥੇ
incidents-form-kind = ਕਿਸ ਤਰ੍ਹਾਂ ਦੀ ਗੱਲ ਹੋਈ?
incidents-form-breach-hint = “ਕੀ ਉਨ੍ਹਾਂ ਨੇ ਕੋਈ ਹੁਕਮ ਜਾਂ ਸ਼ਰਤ ਤੋੜੀ?” ਦੇ ਹੇਠਾਂ, ਤੋੜੀ ਗਈ ਸ਼ਰਤ 'ਤੇ ਨਿਸ਼ਾਨ ਲਗਾਓ, ਤਾਂ ਜੋ ਰਿਕਾਰਡ ਵਿੱਚ ਇਹ ਐਂਟਰੀ ਉਸਦੇ ਹੁਕਮ ਰਾਹੀਂ ਲੱਭੀ ਜਾ ਸਕੇ।
incidents-form-behaviours = ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕਿਹੜੇ ਢੁੱਕਦੇ ਹਨ? (ਜਿੰਨੇ ਮਰਜ਼ੀ ਚੁਣੋ)
incidents-form-description = ਕੀ ਕਿਹਾ ਜਾਂ ਕੀਤਾ ਗਿਆ
incidents-form-description-hint = ਜੇ ਯਾਦ ਹੋਣ, ਤਾਂ ਉਨ੍ਹਾਂ ਦੇ ਬਿਲਕੁਲ ਉਹੀ ਸ਼ਬਦ।
incidents-form-appearance = ਉਹ ਕਿਹੋ ਜਿਹੇ ਦਿਸਦੇ ਸਨ?
incidents-form-vehicle = ਵਾਹਨ
incidents-form-vehicle-hint = ਕੰਪਨੀ, ਰੰਗ, ਨੰਬਰ ਪਲੇਟ, ਜੇ ਦੇਖੀ ਹੋਵੇ।
incidents-form-witnesses = ਗਵਾਹ
incidents-form-impact = ਇਸ ਨਾਲ ਤੁਹਾਨੂੰ ਕਿਵੇਂ ਮਹਿਸੂਸ ਹੋਇਆ?
incidents-form-daily = ਕੀ ਇਸ ਨਾਲ ਤੁਹਾਡੇ ਰੋਜ਼ਾਨਾ ਦੇ ਕੰਮਾਂ ਵਿੱਚ ਕੋਈ ਬਦਲਾਅ ਆਇਆ ਹੈ?
incidents-form-daily-hint = ਉਦਾਹਰਨ ਲਈ ਕੋਈ ਵੱਖਰਾ ਰਸਤਾ, ਘਰ ਅੰਦਰ ਹੀ ਰਹਿਣਾ, ਕੰਮ ਤੋਂ ਛੁੱਟੀ। ਇਹ ਗੱਲ ਪੁਲਿਸ ਲਈ ਮਾਇਨੇ ਰੱਖਦੀ ਹੈ।
incidents-form-officer = ਪੁਲਿਸ ਅਫ਼ਸਰ (ਜੇ ਰਿਪੋਰਟ ਕੀਤੀ ਹੈ)
incidents-form-crime-ref = ਅਪਰਾਧ ਹਵਾਲਾ ਨੰਬਰ (crime reference number)
incidents-form-reported-to = ਹੋਰ ਕੋਈ ਜਿਸਨੂੰ ਦੱਸਿਆ ਗਿਆ
incidents-form-close = ਬੰਦ ਕਰੋ
incidents-form-close-label = ਸੰਭਾਲੇ ਬਿਨਾਂ ਬੰਦ ਕਰੋ; ਜੋ ਲਿਖਿਆ ਹੈ ਉਹ ਖਰੜੇ ਵਜੋਂ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ
incidents-form-save = ਸੰਭਾਲੋ
incidents-form-need-time = ਕਿਰਪਾ ਕਰਕੇ ਤਾਰੀਖ਼ ਅਤੇ ਸਮਾਂ ਦੱਸੋ, ਭਾਵੇਂ ਅੰਦਾਜ਼ੇ ਨਾਲ ਹੀ।
incidents-form-files-busy = ਫ਼ਾਈਲਾਂ ਅਜੇ ਜੋੜੀਆਂ ਜਾ ਰਹੀਆਂ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਦੁਬਾਰਾ ਸੰਭਾਲੋ।
incidents-form-not-saved = ਇਹ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਕੁਝ ਵੀ ਗੁਆਚਿਆ ਨਹੀਂ; ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
# What the kept draft is called in the list at the top.
incidents-draft-new = ਇੱਕ ਨਵੀਂ ਘਟਨਾ
incidents-draft-correction = { $when } ਦੀ ਐਂਟਰੀ ({ $kind }) ਵਿੱਚ ਸੋਧ
# Ends the sentence "You were writing this before. It isn't saved yet: …."
incidents-draft-save-hint = ਇਸਨੂੰ ਰੱਖਣ ਲਈ ਫ਼ਾਰਮ ਦੇ ਅਖ਼ੀਰ 'ਤੇ “ਸੰਭਾਲੋ” ਦਬਾਓ

## Who it was, and the order broken (incident-links.ts)
incidents-link-who = ਇਹ ਕੌਣ ਸੀ? (ਜਿੰਨੇ ਮਰਜ਼ੀ ਚੁਣੋ)
incidents-link-breach = ਕੀ ਉਨ੍ਹਾਂ ਨੇ ਕੋਈ ਹੁਕਮ ਜਾਂ ਸ਼ਰਤ ਤੋੜੀ? (ਸ਼ਰਤ 'ਤੇ ਨਿਸ਼ਾਨ ਲਗਾਓ)
incidents-link-gone = { $label } (ਹੁਣ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ)
# Followed by the button incidents-link-add.
incidents-link-none = ਇਹ ਦੱਸਣ ਲਈ ਕਿ ਇਹ ਕੌਣ ਸੀ, ਜਾਂ ਉਨ੍ਹਾਂ ਨੇ ਕਿਹੜਾ ਹੁਕਮ ਤੋੜਿਆ, ਪਹਿਲਾਂ ਉਨ੍ਹਾਂ ਨੂੰ ਜੋੜੋ:{ " " }
incidents-link-add = ਉਨ੍ਹਾਂ ਨੂੰ “ਲੋਕ ਅਤੇ ਹੁਕਮ” ਵਿੱਚ ਜੋੜੋ
