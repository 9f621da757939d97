# language: id
Fitur: Artikel 004 dalam bahasanya: pendaftaran ditutup sejak 2017, masuk, lupa kata sandi, Hapus Kartu
  The Indonesian article's scenarios written in Indonesian (keywords and step
  text), with the site's labels.
  Source: 004_fbb095e16d146b39.txt lines 24
  Source: 004_fbb095e16d146b39.txt lines 45-81

  @P13 @article-004 @profile:registration-closed
  Skenario: Pendaftaran ditutup sejak 1 Januari 2017
    Source: 004_fbb095e16d146b39.txt lines 24
    Diketahui pembeli tanpa akun Alipay dengan kartu Visa tertaut yang berakhiran 4242
    Dan saya sudah masuk ke AliExpress
    Ketika saya mengarahkan kursor ke "My AliExpress"
    Dan saya mengklik "My Alipay"
    Dan saya mengklik "Open Alipay Wallet Now"
    Maka saya melihat "Registration is closed"
    Dan saya melihat "1 January 2017"

  @P1 @article-004 @profile:editing-card
  Skenario: Akun saya, ikon kartu pengeditan, Hapus Kartu di sisi kanan, lalu konfirmasi
    Source: 004_fbb095e16d146b39.txt lines 71-81
    Diketahui pembeli dengan kartu tertaut "Visa 4242, MasterCard 5454"
    Dan saya sudah masuk ke AliExpress
    Ketika saya mengarahkan kursor ke "My AliExpress"
    Dan saya mengklik "My Alipay"
    Maka saya melihat "Payment history"
    Ketika saya mengklik "My Account"
    Dan saya mengarahkan kursor ke "Editing card"
    Dan saya mengklik "Editing card"
    Dan saya mengklik "Delete card" di sebelah "MasterCard •••• 5454"
    Dan saya mengklik "Confirm"
    Maka saya tidak melihat "MasterCard •••• 5454"
    Dan kartu tertaut pembeli adalah "Visa 4242"

  @P11 @article-004 @profile:wallet-sign-in
  Skenario: Lupa kata sandi: tautan di bawah kotak masuk, email dan captcha, Dapatkan Kata Sandi
    Source: 004_fbb095e16d146b39.txt lines 47-61
    Diketahui pembeli dengan kartu Visa tertaut yang berakhiran 4242
    Dan saya sudah masuk ke AliExpress
    Ketika saya mengarahkan kursor ke "My AliExpress"
    Dan saya mengklik "My Alipay"
    Dan saya mengklik "Forgot password"
    Dan saya mengisi "Email" dengan "buyer@example.com"
    Dan saya memasukkan captcha
    Dan saya mengklik "Get password"
    Maka pembeli telah menerima 1 email
    Ketika saya membuka email terbaru
    Dan saya mengikuti tautan di email itu
    Dan saya mengisi formulir:
      | New password         | newsecret456 |
      | Confirm new password | newsecret456 |
    Dan saya mengklik "Save password"
    Maka saya tidak melihat "Confirm new password"

  @P1 @article-004 @profile:editing-card
  Skenario: Label artikel sendiri: "My Alipay", "akun saya", "kartu pengeditan", "Hapus Kartu"
    Source: 004_fbb095e16d146b39.txt lines 38, 74-81
    Diketahui pembeli dengan kartu Visa tertaut yang berakhiran 4242
    Dan saya sudah masuk ke AliExpress
    Ketika saya mengarahkan kursor ke "My AliExpress"
    Dan saya mengklik "My Alipay"
    Maka saya melihat "riwayat pembayaran"
    Ketika saya mengklik "akun saya"
    Dan saya mengarahkan kursor ke "kartu pengeditan"
    Dan saya mengklik "kartu pengeditan"
    Dan saya mengklik tombol "Hapus Kartu"
    Dan saya mengklik "Confirm"
    Maka pembeli tidak punya kartu tertaut
