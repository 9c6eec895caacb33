# A new PIN after opening with the recovery key.

recovery-title = اختيار PIN جديد
recovery-intro = فتح مفتاح الاسترداد معلوماتك. يُرجى اختيار الـ PIN الذي سيُستخدم من الآن فصاعدًا.
recovery-new-pin-label = PIN جديد
recovery-new-pin-again-label = إعادة كتابة الـ PIN الجديد
recovery-save = حفظ الـ PIN الجديد
recovery-saving = جارٍ الحفظ…
recovery-save-failed = تعذّر حفظ الـ PIN الجديد. يُرجى المحاولة مرة أخرى.

## Saved.
recovery-saved-title = تم حفظ الـ PIN الجديد
recovery-saved = تم حفظ الـ PIN الجديد. يُرجى استخدامه من الآن فصاعدًا. لا يزال مفتاح الاسترداد يعمل؛ يُرجى الاحتفاظ به في مكان آمن.
recovery-saved-second-pin-off = تم حفظ الـ PIN الجديد. تم إيقاف الـ PIN الثاني، لأن هذا الحاسوب فقد المفتاح الذي كان يحتاج إليه. عند الحاجة إلى PIN ثانٍ، يُرجى تعيين واحد جديد في الإعدادات.
recovery-continue = متابعة
