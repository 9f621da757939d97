# language: id
Fitur: Artikel 004, seperti ditulis: masuk ke Alipay, lupa kata sandi, melepaskan kartu
  The writer's own suite for article 004, in Indonesian: its procedures in
  the article's order, with the labels the article prints (the glossary
  maps them to the site's).
  Source: 004_fbb095e16d146b39.txt lines 26-81

  @P1 @article-004 @profile:editing-card
  Skenario: Masuk ke akun pribadi Alipay lewat "My Alipay"
    Source: 004_fbb095e16d146b39.txt lines 28-41
    Diketahui pembeli dengan kartu Visa tertaut yang berakhiran 4242
    Dan saya sudah masuk ke AliExpress
    Ketika saya mengarahkan kursor ke "AliExpress Saya"
    Dan saya mengklik "My Alipay"
    Maka saya melihat "riwayat pembayaran"
    Dan saya melihat "akun saya"

  @P11 @article-004 @profile:wallet-sign-in
  Skenario: Lupa kata sandi: "lupa kata sandi", email dan captcha, "Dapatkan Kata Sandi", tautan di surat
    Source: 004_fbb095e16d146b39.txt lines 45-61
    Diketahui pembeli dengan kartu Visa tertaut yang berakhiran 4242
    Dan saya sudah masuk ke AliExpress
    Ketika saya mengarahkan kursor ke "AliExpress Saya"
    Dan saya mengklik "My Alipay"
    Dan saya mengklik "lupa kata sandi"
    Dan saya mengisi "Email" dengan "buyer@example.com"
    Dan saya memasukkan captcha
    Dan saya mengklik "Dapatkan Kata Sandi"
    Maka pembeli telah menerima 1 email
    Ketika saya membuka email terbaru
    Dan saya mengikuti tautan di email itu
    Dan saya mengisi formulir:
      | New password         | newsecret456 |
      | Confirm new password | newsecret456 |
    Dan saya mengklik "Save password"
    Maka saya tidak melihat "Confirm new password"

  @P1 @article-004 @profile:editing-card
  Skenario: Melepaskan kartu: "akun saya", ikon "kartu pengeditan", "Hapus Kartu", konfirmasi
    Source: 004_fbb095e16d146b39.txt lines 67-81
    Diketahui pembeli dengan kartu tertaut "Visa 4242, MasterCard 5454"
    Dan saya sudah masuk ke AliExpress
    Ketika saya mengarahkan kursor ke "AliExpress Saya"
    Dan saya mengklik "My Alipay"
    Dan saya mengklik "akun saya"
    Dan saya mengarahkan kursor ke "kartu pengeditan"
    Dan saya mengklik "kartu pengeditan"
    Dan saya mengklik "Hapus Kartu" di sebelah "MasterCard •••• 5454"
    Dan saya mengklik "Confirm"
    Maka saya tidak melihat "MasterCard •••• 5454"
    Dan kartu tertaut pembeli adalah "Visa 4242"
