# Said once when setup has finished: how to come back, and how to hide the app fast.

setup-done-calculator = سیٹ اپ مکمل ہو گیا۔ واپس آنے کے لیے: کیلکولیٹر پر اپنا PIN ٹائپ کریں، پھر = دبائیں۔ اسے جلدی چھپانے کے لیے: Shift تین بار دبائیں یا فوری باہر نکلیں کا بٹن استعمال کریں۔
setup-done-notes = سیٹ اپ مکمل ہو گیا۔ واپس آنے کے لیے: اپنا PIN ایک الگ سطر میں ٹائپ کریں اور Enter دبائیں۔ اسے جلدی چھپانے کے لیے: Shift تین بار دبائیں یا فوری باہر نکلیں کا بٹن استعمال کریں۔
