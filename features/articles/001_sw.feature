Feature: Makala 001, kama ilivyoandikwa: njia namba 1 na njia namba 2
  The writer's own suite for article 001, in Swahili under `*` (Gherkin
  has no Swahili dialect), its two methods as Rules, in the article's
  order, with the labels the article prints (the glossary maps them to
  the site's). The icon the article calls "Hariri ramani" (line 65, "edit
  map": the Russian «карта» is card and map) names nothing on the site;
  its site label, "Edit cards", stands in for it.
  Source: 001_e419e31055833929.txt lines 52-78

  Rule: Njia namba 1 - ngumu

    @P1 @article-001
    Scenario: "Alipay Yangu" chini ya menyu, ikoni ya kadi, "Futa kadi", na "Futa" kwenye dirisha
      Source: 001_e419e31055833929.txt lines 63-69
      * Mnunuzi mwenye kadi ya Visa iliyounganishwa inayoishia na 4242
      * Nimeingia kwenye AliExpress
      * Ninaweka mshale juu ya "Aliexpress yangu"
      * Ninabofya "Alipay Yangu"
      * Ninabofya "Edit cards"
      * Ninaona "Visa •••• 4242"
      * Ninabofya "Futa kadi"
      * Ninabofya "Futa"
      * Sioni "Visa •••• 4242"
      * Mnunuzi hana kadi zilizounganishwa

    @P1 @article-001
    Scenario: Kadi nyingine: rudia kuanzia hatua ya 6
      Source: 001_e419e31055833929.txt lines 70
      * Mnunuzi mwenye kadi zilizounganishwa "Visa 4242, MasterCard 5454"
      * Nimeingia kwenye AliExpress
      * Ninaweka mshale juu ya "Aliexpress yangu"
      * Ninabofya "Alipay Yangu"
      * Ninabofya "Edit cards"
      * Ninabofya "Futa kadi" karibu na "MasterCard •••• 5454"
      * Ninabofya "Futa"
      * Ninabofya "Futa kadi" karibu na "Visa •••• 4242"
      * Ninabofya "Futa"
      * Mnunuzi hana kadi zilizounganishwa

  Rule: Njia namba 2 - rahisi

    @P3 @article-001
    Scenario: Kituo cha usaidizi, kitufe cha machungwa "hapa", kisha kama njia namba 1 kuanzia hatua ya 7
      Source: 001_e419e31055833929.txt lines 72-78
      * Mnunuzi asiye na akaunti ya Alipay mwenye kadi ya Visa iliyounganishwa inayoishia na 4242
      * Nimeingia kwenye AliExpress
      * Ninafungua "helppage.aliexpress.com/buyercenter/questionAnswer.htm"
      * Ninabofya "hapa"
      * Ninabofya "Futa kadi"
      * Ninabofya "Futa"
      * Mnunuzi hana kadi zilizounganishwa
