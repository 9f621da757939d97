# language: id
Fitur: Artikel 002 dalam bahasanya: skema lima langkah, intl.alipay.com, pusat bantuan, aplikasi seluler
  The Indonesian article's scenarios written in Indonesian (keywords and step
  text), with the site's labels.
  Source: 002_1755790eeb5af2fa.txt lines 35-43
  Source: 002_1755790eeb5af2fa.txt lines 120-135

  @P1 @article-002
  Skenario: Skema lima langkah: My Alipay, ikon edit kartu, lalu keluarkan kartu di sisi kanan
    Source: 002_1755790eeb5af2fa.txt lines 35-43
    Diketahui pembeli dengan kartu Visa tertaut yang berakhiran 4242
    Ketika saya masuk ke AliExpress
    Dan saya mengarahkan kursor ke "My AliExpress"
    Dan saya mengklik "My Alipay"
    Dan saya mengklik "Edit cards"
    Maka saya melihat "Visa •••• 4242"
    Ketika saya mengklik "Remove card"
    Dan saya mengklik "Delete"
    Maka saya tidak melihat "Visa •••• 4242"
    Dan pembeli tidak punya kartu tertaut

  @P2 @article-002
  Skenario: Di tab lain ketik intl.alipay.com, pilih blok Card Information, hapus kartu
    Source: 002_1755790eeb5af2fa.txt lines 124
    Diketahui pembeli tanpa akun Alipay dengan kartu Visa tertaut yang berakhiran 4242
    Dan saya sudah masuk ke AliExpress
    Ketika saya membuka "intl.alipay.com" di tab baru
    Dan saya mengklik "Card Information"
    Dan saya mengklik "Delete card"
    Dan saya mengonfirmasi peringatan browser
    Maka pembeli tidak punya kartu tertaut

  @P3 @article-002 @profile:check-card
  Skenario: Halaman pusat bantuan, tombol "check card", dan ikon hapus di seberang kartu
    Source: 002_1755790eeb5af2fa.txt lines 125
    Diketahui pembeli tanpa akun Alipay dengan kartu tertaut "Visa 4242, MasterCard 5454"
    Dan saya sudah masuk ke AliExpress
    Ketika saya membuka "helppage.aliexpress.com/buyercenter/questionAnswer.htm"
    Dan saya mengklik "check card"
    Dan saya mengklik "Delete" di sebelah "Visa •••• 4242"
    Dan saya mengklik "Confirm"
    Maka saya tidak melihat "Visa •••• 4242"
    Dan kartu tertaut pembeli adalah "MasterCard 5454"

  @P8 @article-002 @profile:app-cards-in-profile
  Skenario: Di aplikasi: Profil Saya, Kartu bank saya, lalu hapus
    Source: 002_1755790eeb5af2fa.txt lines 131-135
    Diketahui pembeli dengan kartu Visa tertaut yang berakhiran 4242
    Dan saya sudah masuk ke AliExpress
    Ketika saya menggunakan aplikasi seluler
    Dan saya mengklik "My Profile"
    Dan saya mengklik "My bank cards"
    Dan saya mengklik "Delete" di sebelah "Visa •••• 4242"
    Maka pembeli tidak punya kartu tertaut

  @P5 @article-002
  Skenario: Tautan konfirmasi hanya berlaku 24 jam
    Source: 002_1755790eeb5af2fa.txt lines 111
    Diketahui pembeli tanpa akun Alipay dengan kartu Visa tertaut yang berakhiran 4242
    Dan saya sudah masuk ke AliExpress
    Ketika saya mengarahkan kursor ke "My AliExpress"
    Dan saya mengklik "My Alipay"
    Dan saya mengklik "Open Alipay Wallet Now"
    Dan saya memasukkan captcha
    Dan saya mengklik "Send confirmation email"
    Dan 25 jam berlalu
    Dan saya membuka email terbaru
    Dan saya mengikuti tautan di email itu
    Maka saya tidak melihat "Set up security"

  @P6 @article-002
  Skenario: Centang "Tautkan kartu ke Alipay" sudah terpasang; dihapus sebelum membayar, kartu tidak tertaut
    Source: 002_1755790eeb5af2fa.txt lines 81, 227
    Diketahui pembeli tanpa akun Alipay dan tanpa kartu tertaut
    Dan saya sudah masuk ke AliExpress
    Ketika saya mengklik "Wireless Earbuds"
    Dan saya mengklik "Buy Now"
    Maka "Bind card to Alipay" dicentang
    Dan tombol "Place order" nonaktif
    Ketika saya mengisi formulir:
      | Card number     | 4111111111111111 |
      | CVV/CVC         | 123              |
      | Expiry date     | 12/29            |
      | Cardholder name | IVAN PETROV      |
    Dan saya menghapus centang pada "Bind card to Alipay"
    Dan saya mengklik "Save & Pay"
    Maka pembeli punya 1 pesanan
    Dan pembeli tidak punya kartu tertaut

  @P7 @article-002
  Skenario: Kartu yang kedaluwarsa ditandai di daftar, dihapus, lalu yang baru ditautkan
    Source: 002_1755790eeb5af2fa.txt lines 276
    Diketahui pembeli dengan kartu Visa tertaut yang berakhiran 4242 yang kedaluwarsa pada 01/24
    Dan saya sudah masuk ke AliExpress
    Ketika saya mengarahkan kursor ke "My AliExpress"
    Dan saya mengklik "My Alipay"
    Dan saya mengklik "Edit cards"
    Maka kartu "Visa •••• 4242" ditandai kedaluwarsa
    Ketika saya mengklik "Remove card" di sebelah "Visa •••• 4242"
    Dan saya mengklik "Delete"
    Dan saya mengklik "Add card"
    Dan saya mengisi formulir:
      | Card number     | 4111111111111111 |
      | CVV/CVC         | 123              |
      | Expiry date     | 12/30            |
      | Cardholder name | IVAN PETROV      |
    Dan saya mengklik "Save card"
    Maka kartu tertaut pembeli adalah "Visa 1111"

  @P2 @article-002
  Skenario: Label artikel sendiri: ketik intl.alipay.com, blok "Informasi Kartu", tombol "Hapus kartu"
    Source: 002_1755790eeb5af2fa.txt lines 124
    Diketahui pembeli tanpa akun Alipay dengan kartu Visa tertaut yang berakhiran 4242
    Dan saya sudah masuk ke AliExpress
    Ketika saya membuka "intl.alipay.com" di tab baru
    Dan saya mengklik "Informasi Kartu"
    Dan saya mengklik tombol "Hapus kartu"
    Dan saya mengonfirmasi peringatan browser
    Maka pembeli tidak punya kartu tertaut

  @P1 @article-002
  Skenario: Label artikel sendiri: "Aliexpress Saya", "Alipay Saya", "edit kartu", "keluarkan kartu"
    Source: 002_1755790eeb5af2fa.txt lines 35-41, 51-53
    Diketahui pembeli dengan kartu Visa tertaut yang berakhiran 4242
    Dan saya sudah masuk ke AliExpress
    Ketika saya mengarahkan kursor ke "Aliexpress Saya"
    Dan saya mengklik "Alipay Saya"
    Dan saya mengklik "edit kartu"
    Dan saya mengklik "keluarkan kartu"
    Dan saya mengklik "Delete"
    Maka pembeli tidak punya kartu tertaut
