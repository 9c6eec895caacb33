# The safety plan (screens/plan.ts).
# Section titles and their guidance come from the vault; $section is a section's title,
# $step the words of one of the person's steps.

## Heading and where the person is now

plan-title = ਸੁਰੱਖਿਆ ਯੋਜਨਾ
plan-guidance-staying = ਇਸ ਸਥਿਤੀ ਲਈ ਸਲਾਹ: ਇੱਥੇ ਹੀ ਰਹਿਣਾ।
plan-guidance-preparing = ਇਸ ਸਥਿਤੀ ਲਈ ਸਲਾਹ: ਛੱਡ ਕੇ ਜਾਣ ਦੀ ਤਿਆਰੀ।
plan-guidance-after = ਇਸ ਸਥਿਤੀ ਲਈ ਸਲਾਹ: ਛੱਡ ਕੇ ਜਾਣ ਤੋਂ ਬਾਅਦ।
plan-load-failed = ਤੁਹਾਡੀ ਯੋਜਨਾ ਲੋਡ ਨਹੀਂ ਹੋ ਸਕੀ।
plan-stage-legend = ਤੁਹਾਡੀ ਮੌਜੂਦਾ ਸਥਿਤੀ
plan-stage-hint = ਹਰ ਹਿੱਸੇ ਦੀ ਸਲਾਹ ਇਸ ਮੁਤਾਬਕ ਬਦਲ ਜਾਂਦੀ ਹੈ। ਇਸਨੂੰ ਕਦੇ ਵੀ ਬਦਲਿਆ ਜਾ ਸਕਦਾ ਹੈ।
plan-stage-staying = ਇੱਥੇ ਹੀ ਰਹਿਣਾ
plan-stage-preparing = ਛੱਡ ਕੇ ਜਾਣ ਦੀ ਤਿਆਰੀ
plan-stage-after = ਛੱਡ ਕੇ ਜਾਣ ਤੋਂ ਬਾਅਦ
plan-stage-failed = ਇਹ ਬਦਲਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਤੁਹਾਡੀ ਯੋਜਨਾ ਪਹਿਲਾਂ ਵਾਂਗ ਹੀ ਹੈ।

## Review date

plan-review-form = ਸਮੀਖਿਆ ਦੀ ਤਾਰੀਖ
plan-review-by = ਯੋਜਨਾ ਦੀ ਸਮੀਖਿਆ ਇਸ ਤਾਰੀਖ ਤੱਕ ਕਰੋ
plan-review-hint = ਯੋਜਨਾ ਨੂੰ ਦੁਬਾਰਾ ਦੇਖਣ ਲਈ ਇੱਕ ਦਿਨ। ਯਾਦ-ਦਹਾਨੀ ਸਿਰਫ਼ ਇੱਥੇ, ਐਪ ਦੇ ਅੰਦਰ ਹੀ ਦਿਖਦੀ ਹੈ।
plan-review-save = ਸੰਭਾਲੋ
plan-review-save-label = ਸਮੀਖਿਆ ਦੀ ਤਾਰੀਖ ਸੰਭਾਲੋ
plan-review-clear = ਹਟਾਓ
plan-review-clear-label = ਸਮੀਖਿਆ ਦੀ ਤਾਰੀਖ ਹਟਾਓ
plan-review-due = ਆਪਣੀ ਯੋਜਨਾ ਨੂੰ ਦੁਬਾਰਾ ਦੇਖਣ ਦਾ ਸਮਾਂ ਆ ਗਿਆ ਹੈ।
plan-review-save-failed = ਇਹ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
# "ਹਟਾਓ" is the button plan-review-clear.
plan-review-no-date = ਕਿਰਪਾ ਕਰਕੇ ਪਹਿਲਾਂ ਪੂਰੀ ਤਾਰੀਖ ਚੁਣੋ। ਤਾਰੀਖ ਹਟਾਉਣ ਲਈ "ਹਟਾਓ" ਵਰਤੋ।
plan-review-saved = ਸਮੀਖਿਆ ਦੀ ਤਾਰੀਖ ਸੰਭਾਲ ਲਈ ਗਈ।
plan-review-cleared = ਸਮੀਖਿਆ ਦੀ ਤਾਰੀਖ ਹਟਾ ਦਿੱਤੀ ਗਈ।

## A section: its steps and notes

plan-steps-label = { $section }: ਤੁਹਾਡੇ ਕਦਮ
plan-add-step-label = { $section } ਵਿੱਚ ਇੱਕ ਕਦਮ ਜੋੜੋ
plan-add-step-placeholder = ਇੱਕ ਕਦਮ ਜੋੜੋ
plan-add = ਜੋੜੋ
plan-add-failed = ਇਹ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ।
plan-step-deleted = ਕਦਮ ਮਿਟਾ ਦਿੱਤਾ ਗਿਆ।
plan-new-step-draft = { $section } ਲਈ ਨਵਾਂ ਕਦਮ
plan-new-step-save-hint = ਇਸਨੂੰ ਰੱਖਣ ਲਈ "ਜੋੜੋ" ਦਬਾਓ
plan-notes-label = { $section } ਲਈ ਨੋਟ
plan-notes-save = ਨੋਟ ਸੰਭਾਲੋ
plan-notes-save-label = { $section } ਲਈ ਨੋਟ ਸੰਭਾਲੋ
plan-notes-save-failed = ਤੁਹਾਡੇ ਨੋਟ ਸੰਭਾਲੇ ਨਹੀਂ ਜਾ ਸਕੇ। ਉਹ ਅਜੇ ਵੀ ਇੱਥੇ ਹਨ; ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
plan-notes-save-hint = ਇਸਨੂੰ ਰੱਖਣ ਲਈ "ਨੋਟ ਸੰਭਾਲੋ" ਦਬਾਓ
plan-these-notes = ਇਹ ਨੋਟ

## One step

plan-step-edit = ਸੋਧੋ
plan-step-edit-label = ਕਦਮ ਸੋਧੋ: { $step }
plan-step-delete = ਮਿਟਾਓ
plan-step-delete-label = ਕਦਮ ਮਿਟਾਓ: { $step }
plan-step-change-label = ਕਦਮ ਬਦਲੋ: { $step }
plan-step-save = ਸੰਭਾਲੋ
plan-step-save-label = ਕਦਮ ਸੰਭਾਲੋ
plan-step-close = ਬੰਦ ਕਰੋ
plan-step-close-label = ਸੰਭਾਲੇ ਬਿਨਾਂ ਬੰਦ ਕਰੋ; ਤਬਦੀਲੀ ਖਰੜੇ ਵਜੋਂ ਰੱਖੀ ਜਾਂਦੀ ਹੈ
plan-step-empty = ਕਿਰਪਾ ਕਰਕੇ ਕੁਝ ਲਿਖੋ, ਜਾਂ ਇਹ ਕਦਮ ਹਟਾਉਣ ਲਈ "ਮਿਟਾਓ" ਵਰਤੋ।
plan-step-save-failed = ਇਹ ਸੰਭਾਲਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਤੁਹਾਡੇ ਸ਼ਬਦ ਅਜੇ ਵੀ ਇੱਥੇ ਹਨ।
plan-step-draft = { $section } ਵਿੱਚ ਕਦਮ "{ $step }" ਵਿੱਚ ਤਬਦੀਲੀ
plan-step-save-hint = ਇਸਨੂੰ ਰੱਖਣ ਲਈ "ਸੰਭਾਲੋ" ਦਬਾਓ
plan-step-delete-question = ਕੀ "{ $step }" ਮਿਟਾਉਣਾ ਹੈ? ਇਸਨੂੰ ਵਾਪਸ ਨਹੀਂ ਲਿਆਂਦਾ ਜਾ ਸਕਦਾ।
plan-step-delete-yes = ਹਾਂ, ਮਿਟਾਓ
plan-step-keep = ਰਹਿਣ ਦਿਓ
plan-step-delete-failed = ਇਹ ਮਿਟਾਇਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।

## Printing the plan

plan-print-title = ਆਪਣੀ ਯੋਜਨਾ ਪ੍ਰਿੰਟ ਕਰੋ
# "My plan" is the heading the PDF itself has (in English for now).
plan-print-about = ਸਿਰਫ਼ ਇਸ ਯੋਜਨਾ ਦੀ ਇੱਕ PDF, ਜਿਸਦਾ ਸਿਰਲੇਖ "My plan" ਹੈ: ਤੁਹਾਡੇ ਨੋਟ ਅਤੇ ਤੁਹਾਡੇ ਕਦਮ, ਅਤੇ ਕੀ ਹੋ ਚੁੱਕਾ ਹੈ। ਤੁਹਾਡੇ ਘਟਨਾਵਾਂ ਦੇ ਰਿਕਾਰਡ ਵਿੱਚੋਂ ਕੁਝ ਵੀ ਇਸ ਵਿੱਚ ਨਹੀਂ ਜਾਂਦਾ। ਫ਼ਾਈਲ ਲੌਕ ਨਹੀਂ ਹੁੰਦੀ: ਜੋ ਵੀ ਇਸਨੂੰ ਖੋਲ੍ਹੇ, ਜਾਂ ਪ੍ਰਿੰਟ ਕੀਤਾ ਕਾਗਜ਼ ਲੱਭ ਲਵੇ, ਉਹ ਇਸਨੂੰ ਪੜ੍ਹ ਸਕਦਾ ਹੈ।
plan-print-contacts = ਮੇਰੇ ਭਰੋਸੇਯੋਗ ਸੰਪਰਕ ਵੀ ਇਸ ਵਿੱਚ ਪਾਓ (ਨਾਮ, ਉਹਨਾਂ ਤੱਕ ਕਿਵੇਂ ਪਹੁੰਚਣਾ ਹੈ, ਕੋਡ ਸ਼ਬਦ)
plan-print-stage = ਮੇਰੀ ਮੌਜੂਦਾ ਸਥਿਤੀ ਵੀ ਲਿਖੋ
plan-print-stage-hint = ਇੱਥੇ ਹੀ ਰਹਿਣਾ, ਛੱਡ ਕੇ ਜਾਣ ਦੀ ਤਿਆਰੀ ਜਾਂ ਛੱਡ ਕੇ ਜਾਣ ਤੋਂ ਬਾਅਦ। ਜੇ ਕੋਈ ਇਹ ਪੰਨਾ ਦੇਖ ਸਕਦਾ ਹੋਵੇ ਤਾਂ ਇਸ 'ਤੇ ਨਿਸ਼ਾਨ ਨਾ ਲਗਾਓ।
plan-print-save = ਯੋਜਨਾ ਨੂੰ PDF ਵਜੋਂ ਸੰਭਾਲੋ…
plan-print-choose = ਚੁਣੋ ਕਿ ਇਸਨੂੰ ਕਿੱਥੇ ਸੰਭਾਲਣਾ ਹੈ।
plan-print-saving = ਸੰਭਾਲਿਆ ਜਾ ਰਿਹਾ ਹੈ…
plan-print-saved = ਸੰਭਾਲ ਲਿਆ ਗਿਆ ({ $pages ->
        [one] { $pages } ਪੰਨਾ
       *[other] { $pages } ਪੰਨੇ
    })। ਪ੍ਰਿੰਟ ਕਰਨ ਤੋਂ ਬਾਅਦ ਫ਼ਾਈਲ ਮਿਟਾ ਦਿਓ, ਜਾਂ ਇਸਨੂੰ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ 'ਤੇ ਰੱਖੋ।
plan-print-nothing = ਕੁਝ ਵੀ ਸੰਭਾਲਿਆ ਨਹੀਂ ਗਿਆ।
plan-print-failed = PDF ਨਹੀਂ ਬਣ ਸਕੀ। ਐਪ ਵਿੱਚ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
