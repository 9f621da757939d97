# language: hi
रूप लेख: लेख 000, जैसा लिखा है: "संपादित करें", "डिलीट", "ओके", और सीधा लिंक
  The writer's own suite for article 000, in Hindi: its two ways to remove
  a card in the article's order, with the labels the article prints (the
  glossary maps them to the site's).
  Source: 000_abb3b5b6ec466300.txt lines 6-12

  @P1 @article-000 @profile:edit-delete+alert-confirm
  परिदृश्य: "माई अलीपे", "संपादित करें", कार्ड के बगल में "डिलीट", और चेतावनी में "ओके"
    Source: 000_abb3b5b6ec466300.txt lines 6, 10-11
    अगर एक खरीदार जिसके खाते से "Visa 4242, MasterCard 5454" कार्ड जुड़े हैं
    और मैं AliExpress में लॉग इन हूँ
    जब "My AliExpress" पर माउस ले जाएँ
    और "माई अलीपे" बटन पर क्लिक करें
    और "संपादित करें" बटन पर क्लिक करें
    और "MasterCard •••• 5454" के बगल में "डिलीट" बटन पर क्लिक करें
    और ब्राउज़र का अलर्ट स्वीकार करें
    तब "MasterCard •••• 5454" नहीं दिखना चाहिए
    और खरीदार के खाते से जुड़े कार्ड "Visa 4242" हैं

  @P2 @article-000
  परिदृश्य: तेज़ तरीका: सीधा लिंक और "डिलीट कार्ड"
    Source: 000_abb3b5b6ec466300.txt lines 12
    अगर एक खरीदार जिसका Alipay वॉलेट नहीं है और जिसके खाते से 4242 पर ख़त्म होने वाला Visa कार्ड जुड़ा है
    और मैं AliExpress में लॉग इन हूँ
    जब "https://intl.alipay.com/user/queryUserBindCard.htm?locale=ru_RU" खोलें
    तब "Visa •••• 4242" दिखना चाहिए
    जब "डिलीट कार्ड" बटन पर क्लिक करें
    और ब्राउज़र का अलर्ट स्वीकार करें
    तब खरीदार के खाते से कोई कार्ड नहीं जुड़ा है
