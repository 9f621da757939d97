# language: id
Fitur: Artikel 002, seperti ditulis: lewat Alipay, tanpa Alipay, pusat bantuan, aplikasi seluler
  The writer's own suite for article 002, in Indonesian: its ways to remove
  a card in the article's order, with the labels the article prints (the
  glossary maps them to the site's).
  Source: 002_1755790eeb5af2fa.txt lines 95-135

  @P1 @article-002
  Skenario: Dengan profil Alipay: "AliExpress Saya", "My Alipay", "Akun Saya", lalu "keluarkan kartu"
    Source: 002_1755790eeb5af2fa.txt lines 101-102, 113-114
    Diketahui pembeli dengan kartu Visa tertaut yang berakhiran 4242
    Dan saya sudah masuk ke AliExpress
    Ketika saya mengarahkan kursor ke "AliExpress Saya"
    Dan saya mengklik "My Alipay"
    Maka saya melihat "Akun Saya"
    Ketika saya mengklik "Edit cards"
    Dan saya mengklik "keluarkan kartu"
    Dan saya mengklik "Delete"
    Maka pembeli tidak punya kartu tertaut

  @P4 @article-002 @profile:confirm-letter
  Skenario: Tanpa profil Alipay: "Buka Dompet Alipay Sekarang", captcha, "Kirim Email Konfirmasi", lalu "Konfirmasi" di surat
    Source: 002_1755790eeb5af2fa.txt lines 103, 110-111
    Diketahui pembeli tanpa akun Alipay dengan kartu Visa tertaut yang berakhiran 4242
    Dan saya sudah masuk ke AliExpress
    Ketika saya mengarahkan kursor ke "AliExpress Saya"
    Dan saya mengklik "My Alipay"
    Dan saya mengklik "Buka Dompet Alipay Sekarang"
    Dan saya memasukkan captcha
    Dan saya mengklik "Kirim Email Konfirmasi"
    Maka pembeli telah menerima 1 email
    Ketika saya membuka email terbaru
    Dan saya mengklik "Konfirmasi"
    Maka saya melihat "Set up security"

  @P2 @article-002
  Skenario: Di tab lain, "intl.alipay.com", blok "Informasi Kartu", hapus kartu
    Source: 002_1755790eeb5af2fa.txt lines 118-124
    Diketahui pembeli tanpa akun Alipay dengan kartu Visa tertaut yang berakhiran 4242
    Dan saya sudah masuk ke AliExpress
    Ketika saya membuka "intl.alipay.com" di tab baru
    Dan saya mengklik "Informasi Kartu"
    Dan saya mengklik "Delete card"
    Dan saya mengonfirmasi peringatan browser
    Maka pembeli tidak punya kartu tertaut

  @P3 @article-002 @profile:check-card
  Skenario: Pusat bantuan: tombol "periksa kartu", lalu hapus di samping kartu
    Source: 002_1755790eeb5af2fa.txt lines 125
    Diketahui pembeli tanpa akun Alipay dengan kartu tertaut "Visa 4242, MasterCard 5454"
    Dan saya sudah masuk ke AliExpress
    Ketika saya membuka "helppage.aliexpress.com/buyercenter/questionAnswer.htm"
    Dan saya mengklik "periksa kartu"
    Dan saya mengklik "Delete" di sebelah "Visa •••• 4242"
    Dan saya mengklik "Confirm"
    Maka saya tidak melihat "Visa •••• 4242"
    Dan kartu tertaut pembeli adalah "MasterCard 5454"

  @P8 @article-002 @profile:app-cards-in-profile
  Skenario: Di aplikasi: "Profil Saya", "Kartu bank saya", lalu "hapus"
    Source: 002_1755790eeb5af2fa.txt lines 127-135
    Diketahui pembeli dengan kartu Visa tertaut yang berakhiran 4242
    Dan saya sudah masuk ke AliExpress
    Ketika saya menggunakan aplikasi seluler
    Dan saya mengklik "Profil Saya"
    Dan saya mengklik "Kartu bank saya"
    Dan saya mengklik "hapus" di sebelah "Visa •••• 4242"
    Maka pembeli tidak punya kartu tertaut
