# language: ru
Функция: Статья 003, как она написана: «редактировать» и «удалить», ссылка ihome, «Управление картами»
  The writer's own suite for article 003, in Russian: its ways to remove a
  card in the article's order, with the labels the article prints. The
  article's «Настойки» (line 126) is a typo of «Настройки», the label the
  site shows; the step writes the site's word.
  Source: 003_225e3ac7510057b2.txt lines 13-27
  Source: 003_225e3ac7510057b2.txt lines 95-102
  Source: 003_225e3ac7510057b2.txt lines 122-127

  @P1 @article-003 @locale:ru_RU @profile:edit-delete+alert-confirm
  Сценарий: «Мой Alipay», «редактировать», «удалить» рядом с картой и «ок» в окне с предупреждением
    Source: 003_225e3ac7510057b2.txt lines 15, 23-25
    Допустим покупатель с привязанными картами «Visa 4242, MasterCard 5454»
    И я вошёл в аккаунт на AliExpress
    Когда я навожу курсор на «Мой AliExpress»
    И я нажимаю «Мой Alipay»
    И я нажимаю «редактировать»
    И я нажимаю «удалить» рядом с «MasterCard •••• 5454»
    И я подтверждаю окно с предупреждением
    Тогда я не вижу «MasterCard •••• 5454»
    И у покупателя привязаны карты «Visa 4242»

  @P2 @article-003 @locale:ru_RU
  Сценарий: Ссылка ihome в новой вкладке того же браузера и «Удалить карту» напротив счета
    Source: 003_225e3ac7510057b2.txt lines 97-100
    Допустим покупатель без аккаунта в Alipay с привязанной картой Visa, оканчивающейся на 4242
    И я вошёл в аккаунт на AliExpress
    Когда я открываю «https://intl.alipay.com/ihome/user/queryUserBindCard.htm» в новой вкладке
    Тогда я вижу «Visa •••• 4242»
    Когда я нажимаю «Удалить карту» рядом с «Visa •••• 4242»
    И я подтверждаю окно с предупреждением
    Тогда у покупателя нет привязанных карт

  @P10 @article-003 @locale:ru_RU
  Сценарий: «Мой Alipay», «Настройки», «Управление картами», «Удалить карту»
    Source: 003_225e3ac7510057b2.txt lines 125-127
    Допустим покупатель с привязанной картой Visa, оканчивающейся на 4242
    И я вошёл в аккаунт на AliExpress
    Когда я навожу курсор на «Мой AliExpress»
    И я нажимаю «Мой Alipay»
    И я нажимаю «Настройки»
    И я нажимаю «Управление картами»
    И я нажимаю «Удалить карту»
    И я нажимаю «Удалить»
    Тогда у покупателя нет привязанных карт
