# Said once when setup has finished: how to come back, and how to hide the app fast.

setup-done-calculator = اكتمل الإعداد. للعودة: يُرجى كتابة الـ PIN على الآلة الحاسبة، ثم الضغط على =. لإخفاء هذا بسرعة: الضغط على Shift ثلاث مرات أو استخدام زر «خروج سريع».
setup-done-notes = اكتمل الإعداد. للعودة: يُرجى كتابة الـ PIN في سطر مستقل، ثم الضغط على Enter. لإخفاء هذا بسرعة: الضغط على Shift ثلاث مرات أو استخدام زر «خروج سريع».
