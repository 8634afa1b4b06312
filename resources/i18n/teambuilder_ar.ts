<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>TeamBuilder helps a small business decide which digital-marketing roles to hire, which to combine into one person and which to outsource, for its size, market and monthly budget. It works offline.</source>
        <translation>يساعد TeamBuilder الشركات الصغيرة على أن تقرر أي أدوار التسويق الرقمي توظف لها، وأيها تجمعه في شخص واحد، وأيها تسنده إلى جهة خارجية، وفق حجمها وسوقها وميزانيتها الشهرية. ويعمل دون اتصال بالإنترنت.</translation>
    </message>
    <message>
        <source>Where the role content comes from</source>
        <translation>مصدر محتوى الأدوار</translation>
    </message>
    <message>
        <source>The roles, their ratings, pros, cons and advice are written in our own words from five articles in Persian, Arabic, Romanian and Vietnamese:</source>
        <translation>صغنا الأدوار وتقييماتها ومزاياها وعيوبها ونصائحها بأسلوبنا الخاص استنادًا إلى خمسة مقالات بالفارسية والعربية والرومانية والفيتنامية:</translation>
    </message>
    <message>
        <source>Where the cost figures come from</source>
        <translation>مصدر أرقام التكاليف</translation>
    </message>
    <message>
        <source>Default salaries and rates come from public sources; every figure can be changed under Edit &gt; Cost Assumptions.</source>
        <translation>الرواتب والأسعار الافتراضية مأخوذة من مصادر عامة، ويمكن تغيير أي رقم منها من تحرير &gt; افتراضات التكلفة.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>دون تاريخ</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Free software under the {licence} licence.</source>
        <translation>برنامج حر مرخّص بموجب رخصة {licence}.</translation>
    </message>
    <message>
        <source>Persian and Arabic text is shown in the Vazirmatn font by Saber Rastikerdar, shipped under the SIL Open Font License 1.1.</source>
        <translation>يُعرض النص الفارسي والعربي بخط Vazirmatn من تصميم Saber Rastikerdar، ويُوزَّع الخط بموجب رخصة SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>حول {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>الإصدار {version}</translation>
    </message>
    <message>
        <source>About TeamBuilder</source>
        <translation>حول TeamBuilder</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Your changes could not be autosaved: %1</source>
        <translation>تعذّر الحفظ التلقائي لتغييراتك: %1</translation>
    </message>
    <message>
        <source>TeamBuilder did not close properly, but your unsaved changes to “%1” were kept (autosaved %2).</source>
        <translation>لم يُغلَق TeamBuilder بشكل سليم، لكن تغييراتك غير المحفوظة في «%1» لم تضِع (حُفظت تلقائيًا في %2).</translation>
    </message>
    <message>
        <source>Restore them to go on where you stopped, or discard them for good.</source>
        <translation>استعِدها لتكمل من حيث توقفت، أو تجاهلها نهائيًا.</translation>
    </message>
    <message>
        <source>TeamBuilder did not close properly, but your unsaved plan was kept (autosaved %2).</source>
        <translation>لم يُغلَق TeamBuilder بشكل سليم، لكن خطتك غير المحفوظة لم تضِع (حُفظت تلقائيًا في %2).</translation>
    </message>
    <message>
        <source>Restore it to go on where you stopped, or discard it for good.</source>
        <translation>استعِدها لتكمل من حيث توقفت، أو تجاهلها نهائيًا.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>تجاهل</translation>
    </message>
</context>
<context>
    <name>BudgetChart</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No one fits within this budget yet.</source>
        <translation>لا تكفي هذه الميزانية بعد لتوظيف أي أحد.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>Budget %1 (over by %2)</source>
        <translation>الميزانية %1 (تجاوز بمقدار %2)</translation>
    </message>
    <message>
        <source>Budget %1 (%2 left)</source>
        <translation>الميزانية %1 (يتبقى %2)</translation>
    </message>
    <message>
        <source>The team costs %1 a month of a %2 monthly budget.</source>
        <translation>يكلف الفريق %1 شهريًا من ميزانية شهرية قدرها %2.</translation>
    </message>
    <message>
        <source>Budget chart</source>
        <translation>مخطط الميزانية</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Made of</source>
        <translation>يتكوّن من</translation>
    </message>
    <message>
        <source>What the role does</source>
        <translation>ما يقوم به الدور</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>النتائج المتوقعة</translation>
    </message>
    <message>
        <source>Ideal use case</source>
        <translation>حالة الاستخدام المثالية</translation>
    </message>
    <message>
        <source>Key advantage</source>
        <translation>الميزة الرئيسية</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation>المزايا</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation>العيوب</translation>
    </message>
    <message>
        <source>{role}: about {share} of its work</source>
        <translation>{role}: نحو {share} من مهامه</translation>
    </message>
    <message>
        <source>Single role.</source>
        <translation>دور منفرد.</translation>
    </message>
    <message>
        <source>Up to four roles fit side by side; left out: {names}.</source>
        <translation>يتسع العرض لأربعة أدوار على الأكثر جنبًا إلى جنب؛ لم يُعرض: {names}.</translation>
    </message>
    <message>
        <source>Not in the role catalogue, so not shown: {ids}.</source>
        <translation>لم يُعرض لأنه غير موجود في قائمة الأدوار: {ids}.</translation>
    </message>
    <message>
        <source>It also takes on smaller parts of: {names}. Up to four roles fit side by side.</source>
        <translation>ويتولى أيضًا أجزاءً أصغر من مهام: {names}. يتسع العرض لأربعة أدوار على الأكثر جنبًا إلى جنب.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Choose a role…</source>
        <translation>اختر دورًا…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Choose at least two roles or combined roles to see them side by side.</source>
        <translation>اختر دورين على الأقل، منفردين أو مدمجين، لعرضهما جنبًا إلى جنب.</translation>
    </message>
    <message>
        <source>Combined role: one person, several roles</source>
        <translation>دور مدمج: شخص واحد لعدة أدوار</translation>
    </message>
    <message>
        <source>Role from the seed table</source>
        <translation>دور من جدول المقارنة (المصدر ٠٠٤)</translation>
    </message>
    <message>
        <source>Compare with its roles</source>
        <translation>مقارنة بأدواره</translation>
    </message>
    <message>
        <source>Show this combined role next to the specialists whose work it takes on.</source>
        <translation>اعرض هذا الدور المدمج بجانب الأخصائيين الذين يتولى جزءًا من عملهم.</translation>
    </message>
    <message>
        <source>{level} of {steps} steps filled</source>
        <translation>المستوى {level} من {steps}</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>قارن بين:</translation>
    </message>
    <message>
        <source>Role comparison</source>
        <translation>مقارنة الأدوار</translation>
    </message>
    <message>
        <source>Role in column {n}</source>
        <translation>الدور في العمود {n}</translation>
    </message>
    <message>
        <source>Choose the role or combined role shown in this column.</source>
        <translation>اختر الدور أو الدور المدمج الذي يُعرض في هذا العمود.</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <source>Figure</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Not changed: {problem}</source>
        <translation>لم يُغيَّر: {problem}</translation>
    </message>
    <message>
        <source>Enter a three-letter currency code such as USD, EUR or RON.</source>
        <translation>أدخل رمز عملة من ثلاثة أحرف، مثل USD أو EUR أو RON.</translation>
    </message>
    <message>
        <source>Changing the currency does not convert the figures: type them in that currency.</source>
        <translation>تغيير العملة لا يحوّل الأرقام: اكتبها بالعملة الجديدة.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>دون تاريخ</translation>
    </message>
    <message>
        <source>Salary to full employer cost. Source: {publisher}, {title} ({year}).</source>
        <translation>معامل تحويل الراتب إلى التكلفة الكاملة على صاحب العمل. المصدر: {publisher}، {title} ({year}).</translation>
    </message>
    <message>
        <source>Salary to full employer cost. Changed by you.</source>
        <translation>معامل تحويل الراتب إلى التكلفة الكاملة على صاحب العمل. غيّرته أنت.</translation>
    </message>
    <message>
        <source>Cost Assumptions</source>
        <translation>افتراضات التكلفة</translation>
    </message>
    <message>
        <source>The plan costs each role with these figures. Each one names its public source and year; point at a figure for details. Double-click a figure to change it.</source>
        <translation>تحسب الخطة تكلفة كل دور بهذه الأرقام، ولكل رقم مصدره العام وسنته. مرّر المؤشر فوق أي رقم لمعرفة التفاصيل، وانقر عليه نقرًا مزدوجًا لتغييره.</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>العملة:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Three-letter code of the currency of every amount.</source>
        <translation>رمز من ثلاثة أحرف لعملة جميع المبالغ.</translation>
    </message>
    <message>
        <source>Employer &amp;on-cost multiplier:</source>
        <translation>معامل تكاليف صاحب العمل:</translation>
    </message>
    <message>
        <source>Employer on-cost multiplier</source>
        <translation>معامل تكاليف صاحب العمل</translation>
    </message>
    <message>
        <source>An employee costs more than the salary: taxes, insurance and benefits. 1.29 means 29% on top of the salary.</source>
        <translation>يكلف الموظف أكثر من راتبه بسبب الضرائب والتأمينات والمزايا. القيمة ١٫٢٩ تعني ٢٩٪ فوق الراتب.</translation>
    </message>
    <message>
        <source>Cost figures</source>
        <translation>أرقام التكاليف</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>استعادة القيم الافتراضية</translation>
    </message>
    <message>
        <source>Use the built-in figures from the public sources again.</source>
        <translation>العودة إلى الأرقام الأصلية المأخوذة من المصادر العامة.</translation>
    </message>
    <message>
        <source>Full-time employee</source>
        <translation>موظف بدوام كامل</translation>
    </message>
    <message>
        <source>Part-time employee</source>
        <translation>موظف بدوام جزئي</translation>
    </message>
    <message>
        <source>Freelancer</source>
        <translation>مستقل</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>وكالة</translation>
    </message>
    <message>
        <source>Fractional leader (part-time, outside)</source>
        <translation>قائد خارجي بدوام جزئي</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>أدخل مبلغًا.</translation>
    </message>
    <message>
        <source>That is not a number. Type digits, for example 4500 or 4,500.</source>
        <translation>هذا ليس رقمًا. اكتب أرقامًا، مثل ٤٥٠٠ أو ٤٬٥٠٠.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>لا يمكن أن يكون المبلغ سالبًا.</translation>
    </message>
    <message>
        <source>That amount is too large. Enter at most %1.</source>
        <translation>هذا المبلغ كبير جدًا. أدخل %1 على الأكثر.</translation>
    </message>
    <message>
        <source>Enter a share between 1 and 100 percent.</source>
        <translation>أدخل نسبة بين ١ و١٠٠ بالمئة.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>يجب أن يكون المبلغ أكبر من صفر.</translation>
    </message>
    <message>
        <source>Enter a multiplier between 1 and 3; 1.29 means 29% on top of the salary.</source>
        <translation>أدخل معاملًا بين ١ و٣؛ القيمة ١٫٢٩ تعني ٢٩٪ فوق الراتب.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>طريقة التوظيف</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>التكلفة الشهرية</translation>
    </message>
    <message>
        <source>Source and year</source>
        <translation>المصدر والسنة</translation>
    </message>
    <message>
        <source>{amount} a year</source>
        <translation>{amount} سنويًا</translation>
    </message>
    <message>
        <source>{rate} an hour, {hours} hours a month</source>
        <translation>{rate} للساعة، {hours} ساعة شهريًا</translation>
    </message>
    <message>
        <source>{percent} of the full-time cost</source>
        <translation>{percent} من تكلفة الدوام الكامل</translation>
    </message>
    <message>
        <source>{amount} a month</source>
        <translation>{amount} شهريًا</translation>
    </message>
    <message>
        <source>Changed by you</source>
        <translation>غيّرته أنت</translation>
    </message>
    <message>
        <source>{publisher}, {year}</source>
        <translation>{publisher}، {year}</translation>
    </message>
    <message>
        <source>Assumption: share of the full-time cost</source>
        <translation>افتراض: نسبة من تكلفة الدوام الكامل</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>افتراض</translation>
    </message>
    <message>
        <source>You changed this figure; Reset to Defaults restores it.</source>
        <translation>غيّرت هذا الرقم؛ ويعيده زر «استعادة القيم الافتراضية» إلى أصله.</translation>
    </message>
    <message>
        <source>Stand-in occupation: {proxy}</source>
        <translation>المهنة المرجعية: {proxy}</translation>
    </message>
    <message>
        <source>Fully loaded monthly cost used by the plan.</source>
        <translation>التكلفة الشهرية الشاملة التي تعتمدها الخطة.</translation>
    </message>
</context>
<context>
    <name>DeferredModel</name>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Why not now</source>
        <translation>لماذا ليس الآن</translation>
    </message>
    <message>
        <source>Cost to add</source>
        <translation>تكلفة الإضافة</translation>
    </message>
    <message>
        <source>%1 a month (%2)</source>
        <comment>cost to add a role, then how it would be staffed</comment>
        <translation>%1 شهريًا (%2)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The report could not be started.</source>
        <translation>تعذّر بدء إعداد التقرير.</translation>
    </message>
    <message>
        <source>{title} — {date}</source>
        <translation>{title} — {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>Print Plan</source>
        <translation>طباعة الخطة</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>Details: %1</source>
        <translation>التفاصيل: %1</translation>
    </message>
    <message>
        <source>The file does not exist any more: it may have been moved, renamed or deleted.</source>
        <translation>لم يعد هذا الملف موجودًا؛ ربما نُقل أو غُيّر اسمه أو حُذف.</translation>
    </message>
    <message>
        <source>You do not have permission to read this file.</source>
        <translation>ليست لديك صلاحية لقراءة هذا الملف.</translation>
    </message>
    <message>
        <source>This is a folder, not a plan file.</source>
        <translation>هذا مجلد وليس ملف خطة.</translation>
    </message>
    <message>
        <source>This is not an ordinary file, so it is not a plan.</source>
        <translation>هذا ليس ملفًا عاديًا، ولذلك فهو ليس خطة.</translation>
    </message>
    <message>
        <source>The file is far larger than any plan, so it was not read.</source>
        <translation>هذا الملف أكبر بكثير من أي خطة، لذلك لم تتم قراءته.</translation>
    </message>
    <message>
        <source>The system could not read the file. If it is on a removable drive or a network folder, check that it is connected.</source>
        <translation>تعذّر على النظام قراءة الملف. إذا كان على وحدة تخزين خارجية أو في مجلد على الشبكة، فتحقّق من أنها متصلة.</translation>
    </message>
    <message>
        <source>It was made by a newer version of TeamBuilder. Update TeamBuilder to open it.</source>
        <translation>أُنشئ هذا الملف بإصدار أحدث من TeamBuilder. حدِّث TeamBuilder لفتحه.</translation>
    </message>
    <message>
        <source>The file is damaged or is not a TeamBuilder plan.</source>
        <translation>هذا الملف تالف أو ليس خطة من TeamBuilder.</translation>
    </message>
    <message>
        <source>The plan “%1” could not be opened.</source>
        <translation>تعذّر فتح الخطة «%1».</translation>
    </message>
    <message>
        <source>The file was not changed. TeamBuilder has started with a new plan instead.</source>
        <translation>لم يُغيَّر الملف. وبدلًا من ذلك بدأ TeamBuilder بخطة جديدة.</translation>
    </message>
    <message>
        <source>The file was not changed, and the plan in the window is kept as it was.</source>
        <translation>لم يُغيَّر الملف، وبقيت الخطة المعروضة في النافذة كما كانت.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, or save the plan on another drive.</source>
        <translation>القرص ممتلئ. أفرِغ بعض المساحة، أو احفظ الخطة على محرك أقراص آخر.</translation>
    </message>
    <message>
        <source>This folder or drive is read-only. Save the plan in another folder, such as Documents.</source>
        <translation>هذا المجلد أو محرك الأقراص للقراءة فقط. احفظ الخطة في مجلد آخر، مثل المستندات.</translation>
    </message>
    <message>
        <source>You do not have permission to write in this folder. Save the plan in another folder, such as Documents.</source>
        <translation>ليست لديك صلاحية للكتابة في هذا المجلد. احفظ الخطة في مجلد آخر، مثل المستندات.</translation>
    </message>
    <message>
        <source>The folder does not exist any more. Save the plan in another folder.</source>
        <translation>لم يعد هذا المجلد موجودًا. احفظ الخطة في مجلد آخر.</translation>
    </message>
    <message>
        <source>The file is read-only. Save the plan under another name.</source>
        <translation>هذا الملف للقراءة فقط. احفظ الخطة باسم آخر.</translation>
    </message>
    <message>
        <source>A folder has this name. Choose a file name instead.</source>
        <translation>يوجد مجلد بهذا الاسم. اختر اسم ملف بدلًا منه.</translation>
    </message>
    <message>
        <source>The file name is too long. Choose a shorter name.</source>
        <translation>اسم الملف طويل جدًا. اختر اسمًا أقصر.</translation>
    </message>
    <message>
        <source>The plan is too large to save. Shorten its notes.</source>
        <translation>الخطة أكبر من أن تُحفظ. اختصر ملاحظاتها.</translation>
    </message>
    <message>
        <source>The system reported an error. Try saving the plan in another folder.</source>
        <translation>أبلغ النظام عن خطأ. جرّب حفظ الخطة في مجلد آخر.</translation>
    </message>
    <message>
        <source>The plan could not be saved to “%1”.</source>
        <translation>تعذّر حفظ الخطة في «%1».</translation>
    </message>
    <message>
        <source>Your changes are still in the window, not saved yet. A file saved there before is unchanged.</source>
        <translation>ما زالت تغييراتك في النافذة، لكنها لم تُحفظ بعد. والملف الذي حُفظ هناك من قبل لم يتغيّر.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1%</source>
        <comment>a percentage, e.g. 60%</comment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This view is not available yet.</source>
        <translation>هذا العرض غير متاح بعد.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Start a new plan.</source>
        <translation>بدء خطة جديدة.</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>فتح...</translation>
    </message>
    <message>
        <source>Open a saved plan.</source>
        <translation>فتح خطة محفوظة.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>الملفات الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>مسح القائمة</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the plan.</source>
        <translation>حفظ الخطة.</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>حفظ باسم...</translation>
    </message>
    <message>
        <source>Save the plan under a new name.</source>
        <translation>حفظ الخطة باسم جديد.</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>تصدير PDF...</translation>
    </message>
    <message>
        <source>Write the plan as a PDF report.</source>
        <translation>حفظ الخطة تقريرًا بصيغة PDF.</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>تصدير CSV...</translation>
    </message>
    <message>
        <source>Write the team lines as a CSV spreadsheet file.</source>
        <translation>حفظ بنود الفريق في ملف جدول بيانات بصيغة CSV.</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>طباعة...</translation>
    </message>
    <message>
        <source>Print the plan.</source>
        <translation>طباعة الخطة.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير</translation>
    </message>
    <message>
        <source>&amp;Cost Assumptions...</source>
        <translation>افتراضات التكلفة...</translation>
    </message>
    <message>
        <source>See and change the salaries and rates the plan is costed with.</source>
        <translation>عرض الرواتب والأسعار التي تُحسب بها تكلفة الخطة وتغييرها.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About TeamBuilder</source>
        <translation>حول TeamBuilder</translation>
    </message>
    <message>
        <source>Recommended &amp;Team</source>
        <translation>الفريق المقترح</translation>
    </message>
    <message>
        <source>&amp;Compare Roles</source>
        <translation>مقارنة الأدوار</translation>
    </message>
    <message>
        <source>Role &amp;Library</source>
        <translation>مكتبة الأدوار</translation>
    </message>
    <message>
        <source>No plan could be worked out for these answers, so the plan shown has not changed: %1</source>
        <translation>تعذّر إعداد خطة لهذه الإجابات، لذا لم تتغير الخطة المعروضة: %1</translation>
    </message>
    <message>
        <source>The role descriptions in this language cannot be read, so the English ones are shown: %1</source>
        <translation>تعذّرت قراءة أوصاف الأدوار بهذه اللغة، لذا تُعرض الأوصاف الإنجليزية: %1</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>هل تريد حفظ التغييرات في «%1»؟</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>ستضيع تغييراتك إن لم تحفظها.</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>فتح خطة</translation>
    </message>
    <message>
        <source>TeamBuilder plans (*%1)</source>
        <translation>خطط TeamBuilder (*%1)</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>The plan&apos;s cost assumptions cannot be used, so the built-in figures are used instead: %1</source>
        <translation>تعذّر استخدام افتراضات التكلفة المحفوظة في الخطة، لذا استُخدمت الأرقام الأصلية بدلًا منها: %1</translation>
    </message>
    <message>
        <source>Marketing team plan</source>
        <translation>خطة فريق التسويق</translation>
    </message>
    <message>
        <source>Save Plan</source>
        <translation>حفظ الخطة</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>تم الحفظ في %1.</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>لا توجد خطط حديثة</translation>
    </message>
    <message>
        <source>your cost assumptions</source>
        <translation>افتراضات التكلفة</translation>
    </message>
    <message>
        <source>These cost assumptions cannot be used.</source>
        <translation>لا يمكن استخدام افتراضات التكلفة هذه.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>تعذّرت كتابة ملف PDF.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>تم التصدير إلى %1.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>The CSV file could not be written.</source>
        <translation>تعذّرت كتابة ملف CSV.</translation>
    </message>
    <message>
        <source>This feature is not available yet.</source>
        <translation>هذه الميزة غير متاحة بعد.</translation>
    </message>
</context>
<context>
    <name>Mode</name>
    <message>
        <source>Full-time</source>
        <translation>دوام كامل</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>دوام جزئي</translation>
    </message>
    <message>
        <source>Freelancer</source>
        <translation>مستقل</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>وكالة</translation>
    </message>
    <message>
        <source>Fractional leader</source>
        <translation>قائد خارجي بدوام جزئي</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>Enter a number.</source>
        <translation>أدخل رقمًا.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» ليس رقمًا.</translation>
    </message>
    <message>
        <source>Enter at least %1.</source>
        <translation>أدخل %1 على الأقل.</translation>
    </message>
    <message>
        <source>Enter at most %1.</source>
        <translation>أدخل %1 على الأكثر.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>أدخل عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>لم يُغيَّر: %1</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <comment>plan name, then the application name</comment>
        <translation>%1[*] — %2</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>How many people work in the whole company.</source>
        <translation>عدد العاملين في الشركة كلها.</translation>
    </message>
    <message>
        <source>Em&amp;ployees:</source>
        <translation>عدد العاملين:</translation>
    </message>
    <message>
        <source>Number of employees</source>
        <translation>عدد العاملين في الشركة</translation>
    </message>
    <message>
        <source>Mar&amp;ket focus:</source>
        <translation>السوق المستهدفة:</translation>
    </message>
    <message>
        <source>Businesses (B2B)</source>
        <translation>الشركات (B2B)</translation>
    </message>
    <message>
        <source>Consumers (B2C)</source>
        <translation>المستهلكون (B2C)</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>كلاهما</translation>
    </message>
    <message>
        <source>Whether you sell to other businesses, to consumers, or to both.</source>
        <translation>هل تبيع لشركات أخرى أم للمستهلكين أم لكليهما؟</translation>
    </message>
    <message>
        <source>Market focus</source>
        <translation>السوق المستهدفة</translation>
    </message>
    <message>
        <source>Monthly &amp;budget:</source>
        <translation>الميزانية الشهرية:</translation>
    </message>
    <message>
        <source>What you can spend each month on marketing people and services, in %1.</source>
        <translation>ما يمكنك إنفاقه كل شهر على العاملين في التسويق وخدماته، بعملة %1.</translation>
    </message>
    <message>
        <source>What you can spend each month on marketing people and services.</source>
        <translation>ما يمكنك إنفاقه كل شهر على العاملين في التسويق وخدماته.</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>الميزانية الشهرية</translation>
    </message>
    <message>
        <source>Currency of the cost assumptions (Edit &gt; Cost assumptions).</source>
        <translation>عملة افتراضات التكلفة (تحرير &gt; افتراضات التكلفة).</translation>
    </message>
    <message>
        <source>Time h&amp;orizon:</source>
        <translation>الأفق الزمني:</translation>
    </message>
    <message>
        <source>Quick results</source>
        <translation>نتائج سريعة</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>متوازن</translation>
    </message>
    <message>
        <source>Long-term growth</source>
        <translation>نمو طويل الأمد</translation>
    </message>
    <message>
        <source>Whether results must come quickly or you are building for the long term.</source>
        <translation>هل تحتاج إلى نتائج سريعة أم تبني للمدى الطويل؟</translation>
    </message>
    <message>
        <source>Time horizon</source>
        <translation>الأفق الزمني</translation>
    </message>
    <message>
        <source>&amp;Digital products or online platform</source>
        <translation>منتجات رقمية أو منصة إلكترونية</translation>
    </message>
    <message>
        <source>Tick this if the business sells or builds software, an app or a web service, or runs an online platform: its marketing technology then needs an owner, the digital product manager.</source>
        <translation>ضع علامة هنا إذا كانت شركتك تبيع برمجيات أو تطبيقًا أو خدمة ويب أو تطوّرها، أو تدير منصة إلكترونية: عندها تحتاج تقنيات التسويق لديها إلى مسؤول يتولاها، وهو مدير المنتجات الرقمية.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Brand &amp;awareness</source>
        <translation>التعريف بالعلامة التجارية</translation>
    </message>
    <message>
        <source>Get known by more of the people you sell to.</source>
        <translation>أن يعرفك عدد أكبر ممن تبيع لهم.</translation>
    </message>
    <message>
        <source>More &amp;leads</source>
        <translation>جذب عملاء محتملين</translation>
    </message>
    <message>
        <source>More enquiries and prospects for your sales team.</source>
        <translation>مزيد من الاستفسارات والعملاء المحتملين لفريق المبيعات.</translation>
    </message>
    <message>
        <source>O&amp;nline sales</source>
        <translation>المبيعات عبر الإنترنت</translation>
    </message>
    <message>
        <source>Sell more through your website or online shop.</source>
        <translation>بيع المزيد عبر موقعك أو متجرك الإلكتروني.</translation>
    </message>
    <message>
        <source>Keep &amp;customers</source>
        <translation>الاحتفاظ بالعملاء</translation>
    </message>
    <message>
        <source>Bring existing customers back and keep them.</source>
        <translation>إعادة العملاء الحاليين والاحتفاظ بهم.</translation>
    </message>
    <message>
        <source>Roles already covered</source>
        <translation>أدوار متوفرة بالفعل</translation>
    </message>
    <message>
        <source>Tick the roles someone in the company already does, so the plan does not hire for them.</source>
        <translation>حدّد الأدوار التي يتولاها أحد في الشركة بالفعل، حتى لا تقترح الخطة توظيف أحد لها.</translation>
    </message>
</context>
<context>
    <name>Ratings</name>
    <message>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>معتدل</translation>
    </message>
    <message>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <source>Implementation complexity</source>
        <translation>تعقيد التنفيذ</translation>
    </message>
    <message>
        <source>Resource requirements</source>
        <translation>متطلبات الموارد</translation>
    </message>
    <message>
        <source>Derived from the roles it merges: as demanding as its most demanding part ({roles}).</source>
        <translation>مستمد من الأدوار التي يدمجها، إذ يأخذ تقييم أكثرها تطلبًا: {roles}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>{rating}: {word} ({step} of {steps}). {note}</source>
        <translation>{rating}: {word} ({step} من {steps}). {note}</translation>
    </message>
    <message>
        <source>Rating meter</source>
        <translation>مقياس التقييم</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Businesses (B2B)</source>
        <translation>البيع للشركات (B2B)</translation>
    </message>
    <message>
        <source>Consumers (B2C)</source>
        <translation>البيع للمستهلكين (B2C)</translation>
    </message>
    <message>
        <source>Businesses and consumers (B2B and B2C)</source>
        <translation>البيع للشركات والمستهلكين (B2B وB2C)</translation>
    </message>
    <message>
        <source>Brand awareness</source>
        <translation>التعريف بالعلامة التجارية</translation>
    </message>
    <message>
        <source>More leads</source>
        <translation>جذب عملاء محتملين</translation>
    </message>
    <message>
        <source>Online sales</source>
        <translation>المبيعات عبر الإنترنت</translation>
    </message>
    <message>
        <source>Keep customers</source>
        <translation>الاحتفاظ بالعملاء</translation>
    </message>
    <message>
        <source>Quick results</source>
        <translation>نتائج سريعة</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>متوازن</translation>
    </message>
    <message>
        <source>Long-term growth</source>
        <translation>نمو طويل الأمد</translation>
    </message>
    <message>
        <source>People in the company</source>
        <translation>عدد العاملين في الشركة</translation>
    </message>
    <message>
        <source>Market focus</source>
        <translation>السوق المستهدفة</translation>
    </message>
    <message>
        <source>Monthly budget for marketing people</source>
        <translation>الميزانية الشهرية للعاملين في التسويق</translation>
    </message>
    <message>
        <source>Time horizon</source>
        <translation>الأفق الزمني</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Roles already covered</source>
        <translation>أدوار متوفرة بالفعل في الشركة</translation>
    </message>
    <message>
        <source>Digital products</source>
        <translation>المنتجات الرقمية</translation>
    </message>
    <message>
        <source>Sells or builds digital products or runs an online platform</source>
        <translation>تبيع منتجات رقمية أو تطوّرها أو تدير منصة إلكترونية</translation>
    </message>
    <message>
        <source>Total a month</source>
        <translation>الإجمالي شهريًا</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>الميزانية الشهرية</translation>
    </message>
    <message>
        <source>Left in the budget</source>
        <translation>المتبقي من الميزانية</translation>
    </message>
    <message>
        <source>Over the budget</source>
        <translation>الزيادة على الميزانية</translation>
    </message>
    <message>
        <source>Person or service</source>
        <translation>الشخص أو الخدمة</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>يغطي</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>طريقة التوظيف</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>التكلفة الشهرية</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Implementation complexity</source>
        <translation>تعقيد التنفيذ</translation>
    </message>
    <message>
        <source>Resource requirements</source>
        <translation>متطلبات الموارد</translation>
    </message>
    <message>
        <source>Key advantage</source>
        <translation>الميزة الرئيسية</translation>
    </message>
    <message>
        <source>{amount} a month ({mode})</source>
        <translation>{amount} شهريًا ({mode})</translation>
    </message>
    <message>
        <source>Why not now</source>
        <translation>لماذا ليس الآن</translation>
    </message>
    <message>
        <source>What adding it would cost</source>
        <translation>تكلفة إضافته</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>دون تاريخ</translation>
    </message>
    <message>
        <source>Digital marketing team plan, {date}</source>
        <translation>خطة فريق التسويق الرقمي، {date}</translation>
    </message>
    <message>
        <source>Made with {app} {version} on {date}. Costs are in {currency}, including employer on-costs (x{multiplier}).</source>
        <translation>أُعدّت باستخدام {app} {version} في {date}. التكاليف بعملة {currency}، وتشمل تكاليف صاحب العمل الإضافية (×{multiplier}).</translation>
    </message>
    <message>
        <source>Roles, ratings and advice come from these articles:</source>
        <translation>الأدوار والتقييمات والنصائح مأخوذة من هذه المقالات:</translation>
    </message>
    <message>
        <source>Cost figures come from these public sources:</source>
        <translation>أرقام التكاليف مأخوذة من هذه المصادر العامة:</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>شركتك</translation>
    </message>
    <message>
        <source>Recommended team</source>
        <translation>الفريق المقترح</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Spending against the budget</source>
        <translation>الإنفاق مقارنةً بالميزانية</translation>
    </message>
    <message>
        <source>The recommended roles side by side</source>
        <translation>الأدوار المقترحة جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Roles left for later</source>
        <translation>أدوار مؤجلة إلى وقت لاحق</translation>
    </message>
    <message>
        <source>Channels to favour</source>
        <translation>القنوات التي يُنصح بالتركيز عليها</translation>
    </message>
    <message>
        <source>Next steps as the budget grows</source>
        <translation>الخطوات التالية مع نمو الميزانية</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>No one fits within this budget yet.</source>
        <translation>لا تكفي هذه الميزانية بعد لتوظيف أي أحد.</translation>
    </message>
</context>
<context>
    <name>RichText</name>
    <message>
        <source>%1. %2</source>
        <comment>numbered list item</comment>
        <translation>‏%1. %2</translation>
    </message>
</context>
<context>
    <name>RoleLibrary</name>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Combined roles</source>
        <translation>الأدوار المدمجة</translation>
    </message>
    <message>
        <source>The eight roles of a digital marketing team.</source>
        <translation>الأدوار الثمانية في فريق التسويق الرقمي.</translation>
    </message>
    <message>
        <source>One person taking on parts of several roles.</source>
        <translation>شخص واحد يتولى أجزاءً من عدة أدوار.</translation>
    </message>
    <message>
        <source>Combined role: one person taking on parts of several roles</source>
        <translation>دور مدمج: شخص واحد يتولى أجزاءً من عدة أدوار</translation>
    </message>
    <message>
        <source>Made of</source>
        <translation>يتكوّن من</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>النتائج المتوقعة</translation>
    </message>
    <message>
        <source>Leadership role from the seed table</source>
        <translation>دور قيادي من جدول المقارنة (المصدر ٠٠٤)</translation>
    </message>
    <message>
        <source>Generalist role from the seed table</source>
        <translation>دور شامل من جدول المقارنة (المصدر ٠٠٤)</translation>
    </message>
    <message>
        <source>Specialist role from the seed table</source>
        <translation>دور تخصصي من جدول المقارنة (المصدر ٠٠٤)</translation>
    </message>
    <message>
        <source>Ideal use case</source>
        <translation>حالة الاستخدام المثالية</translation>
    </message>
    <message>
        <source>Key advantage</source>
        <translation>الميزة الرئيسية</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>لمحة سريعة</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>المسؤوليات</translation>
    </message>
    <message>
        <source>How to measure it (KPIs)</source>
        <translation>كيف يُقاس (مؤشرات الأداء الرئيسية)</translation>
    </message>
    <message>
        <source>Practical tips</source>
        <translation>نصائح عملية</translation>
    </message>
    <message>
        <source>{name}: {text}</source>
        <translation>‏{name}: {text}</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>أمثلة</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>القنوات</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation>المزايا</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation>العيوب</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Show {name} side by side with other roles.</source>
        <translation>اعرض {name} جنبًا إلى جنب مع أدوار أخرى.</translation>
    </message>
    <message>
        <source>Search roles, tasks, KPIs, channels</source>
        <translation>ابحث في الأدوار والمهام والمؤشرات والقنوات</translation>
    </message>
    <message>
        <source>Search roles</source>
        <translation>البحث في الأدوار</translation>
    </message>
    <message>
        <source>Type a word to list only the roles that mention it.</source>
        <translation>اكتب كلمة لعرض الأدوار التي تذكرها فقط.</translation>
    </message>
    <message>
        <source>Role description</source>
        <translation>وصف الدور</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>مقارنة…</translation>
    </message>
    <message>
        <source>Compare this role</source>
        <translation>مقارنة هذا الدور</translation>
    </message>
    <message>
        <source>No role mentions that. Try another word.</source>
        <translation>لا يوجد دور يذكر هذه الكلمة. جرّب كلمة أخرى.</translation>
    </message>
    <message>
        <source>Role library</source>
        <translation>مكتبة الأدوار</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>No keyboard shortcuts are defined.</source>
        <translation>لا توجد اختصارات معرَّفة للوحة المفاتيح.</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>%1 %2</source>
        <comment>role name, then the share of its work, e.g. &apos;SEO 60%&apos;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>Roles covered</source>
        <translation>الأدوار التي يغطيها</translation>
    </message>
    <message>
        <source>How</source>
        <translation>طريقة التوظيف</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>التكلفة الشهرية</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>%1 a month</source>
        <translation>%1 شهريًا</translation>
    </message>
    <message>
        <source>Covers: %1</source>
        <translation>يغطي: %1</translation>
    </message>
    <message>
        <source>Compare with the specialists</source>
        <translation>مقارنة بالأخصائيين</translation>
    </message>
    <message>
        <source>Compare this combined role with the specialist roles it replaces.</source>
        <translation>قارن هذا الدور المدمج بأدوار الأخصائيين التي يحل محلها.</translation>
    </message>
    <message>
        <source>Describe your business on the left to see a recommended team.</source>
        <translation>صِف شركتك في اللوحة الجانبية لترى الفريق المقترح.</translation>
    </message>
    <message>
        <source>This team costs %1 a month, within your budget of %2.</source>
        <translation>يكلف هذا الفريق %1 شهريًا، في حدود ميزانيتك البالغة %2.</translation>
    </message>
    <message>
        <source>This team costs %1 a month, over your budget of %2.</source>
        <translation>يكلف هذا الفريق %1 شهريًا، متجاوزًا ميزانيتك البالغة %2.</translation>
    </message>
    <message>
        <source>No one fits within a budget of %1 a month yet.</source>
        <translation>ميزانية قدرها %1 شهريًا لا تكفي بعد لتوظيف أي أحد.</translation>
    </message>
    <message>
        <source>This team covers about %1 of the marketing work your profile calls for.</source>
        <translation>يغطي هذا الفريق نحو %1 من العمل التسويقي الذي تحتاجه شركتك.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>numbered list item</comment>
        <translation>‏%1. %2</translation>
    </message>
    <message>
        <source>No channel stands out for this profile.</source>
        <translation>لا توجد قناة بارزة لشركة بهذه المواصفات.</translation>
    </message>
    <message>
        <source>This team already covers every role.</source>
        <translation>يغطي هذا الفريق كل الأدوار بالفعل.</translation>
    </message>
    <message>
        <source>Monthly spend against your budget</source>
        <translation>الإنفاق الشهري مقارنةً بميزانيتك</translation>
    </message>
    <message>
        <source>Recommended team</source>
        <translation>الفريق المقترح</translation>
    </message>
    <message>
        <source>Not in the team yet</source>
        <translation>لم يُضَف إلى الفريق بعد</translation>
    </message>
    <message>
        <source>Roles not in the team yet</source>
        <translation>أدوار لم تُضَف إلى الفريق بعد</translation>
    </message>
    <message>
        <source>Every role is covered.</source>
        <translation>كل الأدوار مغطاة.</translation>
    </message>
    <message>
        <source>Channels to favour</source>
        <translation>القنوات التي يُنصح بالتركيز عليها</translation>
    </message>
    <message>
        <source>Next steps as the budget grows</source>
        <translation>الخطوات التالية مع نمو الميزانية</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>معلومات مفيدة</translation>
    </message>
</context>
</TS>
