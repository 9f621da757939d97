Feature: Makala 001 kwa lugha yake: Alipay Yangu, kitufe cha "here", usajili wa kuiga
  The Swahili article's scenarios with Swahili step text under `*` (Gherkin
  has no Swahili dialect), with the site's labels.
  Source: 001_e419e31055833929.txt lines 5-38
  Source: 001_e419e31055833929.txt lines 72-82

  @P1 @article-001
  Scenario: Aliexpress Yangu, Alipay Yangu, ikoni ya kuhariri kadi, Futa kadi na Futa kwenye dirisha
    Source: 001_e419e31055833929.txt lines 5, 29-38, 63-69
    * Mnunuzi mwenye kadi ya Visa iliyounganishwa inayoishia na 4242
    * Nimeingia kwenye AliExpress
    * Ninaweka mshale juu ya "My AliExpress"
    * Ninabofya "My Alipay"
    * Ninabofya "Edit cards"
    * Ninaona "Visa •••• 4242"
    * Ninabofya "Remove card"
    * Ninabofya "Delete"
    * Sioni "Visa •••• 4242"
    * Mnunuzi hana kadi zilizounganishwa

  @P1 @article-001
  Scenario: Kuondoa kadi nyingine: kurudia tena kutoka kwenye orodha
    Source: 001_e419e31055833929.txt lines 70
    * Mnunuzi mwenye kadi zilizounganishwa "Visa 4242, MasterCard 5454"
    * Nimeingia kwenye AliExpress
    * Ninaweka mshale juu ya "My AliExpress"
    * Ninabofya "My Alipay"
    * Ninabofya "Edit cards"
    * Ninabofya "Remove card" karibu na "MasterCard •••• 5454"
    * Ninabofya "Delete"
    * Kadi zilizounganishwa za mnunuzi ni "Visa 4242"
    * Ninabofya "Remove card" karibu na "Visa •••• 4242"
    * Ninabofya "Delete"
    * Mnunuzi hana kadi zilizounganishwa

  @P3 @article-001
  Scenario: Njia namba 2: kitufe cha machungwa "here" kwenye kituo cha usaidizi
    Source: 001_e419e31055833929.txt lines 74-78
    * Mnunuzi asiye na akaunti ya Alipay mwenye kadi ya Visa iliyounganishwa inayoishia na 4242
    * Nimeingia kwenye AliExpress
    * Ninafungua "helppage.aliexpress.com/buyercenter/questionAnswer.htm"
    * Ninabofya "here"
    * Ninabofya "Remove card"
    * Ninabofya "Delete"
    * Mnunuzi hana kadi zilizounganishwa

  @P4 @article-001 @profile:wallet-required
  Scenario: Kuiga usajili: kuthibitisha barua pepe tu, bila kujaza fomu
    Source: 001_e419e31055833929.txt lines 82
    * Mnunuzi asiye na akaunti ya Alipay mwenye kadi ya Visa iliyounganishwa inayoishia na 4242
    * Nimeingia kwenye AliExpress
    * Ninaweka mshale juu ya "My AliExpress"
    * Ninabofya "My Alipay"
    * Ninabofya "Open Alipay Wallet Now"
    * Ninaingiza captcha
    * Ninabofya "Send confirmation email"
    * Ninafungua barua pepe ya hivi karibuni
    * Ninafuata kiungo kilicho ndani yake
    * Hali ya pochi ya mnunuzi ni "imethibitishwa"
    * Nenosiri la malipo la mnunuzi halijawekwa

  @P6 @article-001
  Scenario: Fomu ya malipo inaweka tiki kwenye kisanduku yenyewe, na kadi inaunganishwa
    Source: 001_e419e31055833929.txt lines 44, 245
    * Mnunuzi asiye na akaunti ya Alipay bila kadi zilizounganishwa
    * Nimeingia kwenye AliExpress
    * Ninabofya "Wireless Earbuds"
    * Ninabofya "Buy Now"
    * "Bind card to Alipay" imewekwa tiki
    * Kitufe "Place order" kimezimwa
    * Ninajaza sehemu hizi:
      | Card number     | 4111111111111111 |
      | CVV/CVC         | 123              |
      | Expiry date     | 12/29            |
      | Cardholder name | IVAN PETROV      |
    * Ninabofya "Save & Pay"
    * Mnunuzi ana agizo 1
    * Kadi zilizounganishwa za mnunuzi ni "Visa 1111"

  @P4 @article-001 @profile:wallet-required
  Scenario: Usajili wa kuiga: barua pepe tayari imejazwa kwenye fomu
    Source: 001_e419e31055833929.txt lines 82, 159
    * Mnunuzi asiye na akaunti ya Alipay mwenye kadi ya Visa iliyounganishwa inayoishia na 4242
    * Nimeingia kwenye AliExpress
    * Ninaweka mshale juu ya "My AliExpress"
    * Ninabofya "My Alipay"
    * Ninabofya "Open Alipay Wallet Now"
    * Sehemu "Email" imejazwa "buyer@example.com"
    * Ninaingiza captcha
    * Ninabofya "Send confirmation email"
    * Mnunuzi amepokea barua pepe 1

  @P1 @article-001
  Scenario: Maneno ya makala: "Aliexpress yangu", "Alipay Yangu", "Hariri ramani", "Futa kadi", "Futa"
    Source: 001_e419e31055833929.txt lines 5, 35, 63-69
    * Mnunuzi mwenye kadi ya Visa iliyounganishwa inayoishia na 4242
    * Nimeingia kwenye AliExpress
    * Ninaweka mshale juu ya "Aliexpress yangu"
    * Ninabofya "Alipay Yangu"
    * Ninabofya "Hariri ramani"
    * Ninabofya kiungo cha "Futa kadi"
    * Ninabofya "Futa"
    * Mnunuzi hana kadi zilizounganishwa
