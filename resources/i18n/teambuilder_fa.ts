<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>TeamBuilder helps a small business decide which digital-marketing roles to hire, which to combine into one person and which to outsource, for its size, market and monthly budget. It works offline.</source>
        <translation>نرم‌افزار TeamBuilder به کسب‌وکارهای کوچک کمک می‌کند با توجه به اندازه، بازار و بودجه ماهانه‌شان تصمیم بگیرند کدام نقش‌های دیجیتال مارکتینگ را استخدام کنند، کدام‌ها را به یک نفر بسپارند و کدام‌ها را برون‌سپاری کنند. برای کار با آن به اینترنت نیازی نیست.</translation>
    </message>
    <message>
        <source>Where the role content comes from</source>
        <translation>منبع محتوای نقش‌ها</translation>
    </message>
    <message>
        <source>The roles, their ratings, pros, cons and advice are written in our own words from five articles in Persian, Arabic, Romanian and Vietnamese:</source>
        <translation>نقش‌ها، رتبه‌بندی‌ها، مزایا، معایب و توصیه‌ها به زبان خودمان و بر پایه پنج مقاله به زبان‌های فارسی، عربی، رومانیایی و ویتنامی نوشته شده‌اند:</translation>
    </message>
    <message>
        <source>Where the cost figures come from</source>
        <translation>منبع ارقام هزینه</translation>
    </message>
    <message>
        <source>Default salaries and rates come from public sources; every figure can be changed under Edit &gt; Cost Assumptions.</source>
        <translation>حقوق‌ها و نرخ‌های پیش‌فرض از منابع عمومی گرفته شده‌اند؛ هر رقم را می‌توانید از منوی ویرایش &gt; مفروضات هزینه تغییر دهید.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>مجوز</translation>
    </message>
    <message>
        <source>Free software under the {licence} licence.</source>
        <translation>نرم‌افزار آزاد با مجوز {licence}.</translation>
    </message>
    <message>
        <source>Persian and Arabic text is shown in the Vazirmatn font by Saber Rastikerdar, shipped under the SIL Open Font License 1.1.</source>
        <translation>متن فارسی و عربی با قلم وزیرمتن (Vazirmatn) اثر صابر راستی‌کردار نمایش داده می‌شود؛ این قلم با مجوز SIL Open Font License 1.1 همراه نرم‌افزار عرضه شده است.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>درباره {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>نسخه {version}</translation>
    </message>
    <message>
        <source>About TeamBuilder</source>
        <translation>درباره TeamBuilder</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Your changes could not be autosaved: %1</source>
        <translation>ذخیره خودکار تغییرات ممکن نشد: %1</translation>
    </message>
    <message>
        <source>TeamBuilder did not close properly, but your unsaved changes to “%1” were kept (autosaved %2).</source>
        <translation>نرم‌افزار TeamBuilder درست بسته نشد، اما تغییرات ذخیره‌نشده شما در «%1» نگه داشته شده است (ذخیره خودکار: %2).</translation>
    </message>
    <message>
        <source>Restore them to go on where you stopped, or discard them for good.</source>
        <translation>آن‌ها را بازیابی کنید تا از همان‌جا که مانده بودید ادامه دهید، یا برای همیشه حذفشان کنید.</translation>
    </message>
    <message>
        <source>TeamBuilder did not close properly, but your unsaved plan was kept (autosaved %2).</source>
        <translation>نرم‌افزار TeamBuilder درست بسته نشد، اما برنامه ذخیره‌نشده شما نگه داشته شده است (ذخیره خودکار: %2).</translation>
    </message>
    <message>
        <source>Restore it to go on where you stopped, or discard it for good.</source>
        <translation>آن را بازیابی کنید تا از همان‌جا که مانده بودید ادامه دهید، یا برای همیشه حذفش کنید.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>بازیابی</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>حذف</translation>
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
        <translation>هنوز هیچ نیرویی در این بودجه نمی‌گنجد.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع کل</translation>
    </message>
    <message>
        <source>Budget %1 (over by %2)</source>
        <translation>بودجه %1 (کسری: %2)</translation>
    </message>
    <message>
        <source>Budget %1 (%2 left)</source>
        <translation>بودجه %1 (باقی‌مانده: %2)</translation>
    </message>
    <message>
        <source>The team costs %1 a month of a %2 monthly budget.</source>
        <translation>هزینه ماهانه تیم %1 از بودجه ماهانه %2 است.</translation>
    </message>
    <message>
        <source>Budget chart</source>
        <translation>نمودار بودجه</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Made of</source>
        <translation>ترکیبی از</translation>
    </message>
    <message>
        <source>What the role does</source>
        <translation>کار این نقش</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>نتایج مورد انتظار</translation>
    </message>
    <message>
        <source>Ideal use case</source>
        <translation>کاربرد ایده‌آل</translation>
    </message>
    <message>
        <source>Key advantage</source>
        <translation>مزیت کلیدی</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation>مزایا</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation>معایب</translation>
    </message>
    <message>
        <source>{role}: about {share} of its work</source>
        <translation>{role}: حدود {share} از کار آن</translation>
    </message>
    <message>
        <source>Single role.</source>
        <translation>نقش مستقل.</translation>
    </message>
    <message>
        <source>Up to four roles fit side by side; left out: {names}.</source>
        <translation>حداکثر چهار نقش کنار هم جا می‌شوند؛ این نقش‌ها نمایش داده نشدند: {names}.</translation>
    </message>
    <message>
        <source>Not in the role catalogue, so not shown: {ids}.</source>
        <translation>این موارد در فهرست نقش‌ها نیستند و نمایش داده نمی‌شوند: {ids}.</translation>
    </message>
    <message>
        <source>It also takes on smaller parts of: {names}. Up to four roles fit side by side.</source>
        <translation>بخش‌های کوچک‌تری از این نقش‌ها را هم بر عهده می‌گیرد: {names}. حداکثر چهار نقش کنار هم جا می‌شوند.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Choose a role…</source>
        <translation>انتخاب نقش…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(هیچ‌کدام)</translation>
    </message>
    <message>
        <source>Choose at least two roles or combined roles to see them side by side.</source>
        <translation>دست‌کم دو نقش یا نقش ترکیبی انتخاب کنید تا آن‌ها را کنار هم ببینید.</translation>
    </message>
    <message>
        <source>Combined role: one person, several roles</source>
        <translation>نقش ترکیبی: یک نفر، چند نقش</translation>
    </message>
    <message>
        <source>Role from the seed table</source>
        <translation>نقشی از جدول مرجع</translation>
    </message>
    <message>
        <source>Compare with its roles</source>
        <translation>مقایسه با نقش‌های سازنده</translation>
    </message>
    <message>
        <source>Show this combined role next to the specialists whose work it takes on.</source>
        <translation>این نقش ترکیبی را در کنار متخصصانی نشان می‌دهد که کارشان را بر عهده می‌گیرد.</translation>
    </message>
    <message>
        <source>{level} of {steps} steps filled</source>
        <translation>{level} از {steps} پله پر است</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>مقایسه:</translation>
    </message>
    <message>
        <source>Role comparison</source>
        <translation>مقایسه نقش‌ها</translation>
    </message>
    <message>
        <source>Role in column {n}</source>
        <translation>نقش ستون {n}</translation>
    </message>
    <message>
        <source>Choose the role or combined role shown in this column.</source>
        <translation>نقش یا نقش ترکیبی‌ای را که در این ستون نمایش داده می‌شود انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <source>Figure</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Not changed: {problem}</source>
        <translation>تغییر داده نشد: {problem}</translation>
    </message>
    <message>
        <source>Enter a three-letter currency code such as USD, EUR or RON.</source>
        <translation>یک کد سه‌حرفی ارز، مانند USD، EUR یا RON، وارد کنید.</translation>
    </message>
    <message>
        <source>Changing the currency does not convert the figures: type them in that currency.</source>
        <translation>تغییر ارز، رقم‌ها را تبدیل نمی‌کند: آن‌ها را به همان ارز وارد کنید.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>Salary to full employer cost. Source: {publisher}, {title} ({year}).</source>
        <translation>ضریب تبدیل حقوق به کل هزینه کارفرما. منبع: {publisher}، {title} ({year}).</translation>
    </message>
    <message>
        <source>Salary to full employer cost. Changed by you.</source>
        <translation>ضریب تبدیل حقوق به کل هزینه کارفرما. این رقم را خودتان تغییر داده‌اید.</translation>
    </message>
    <message>
        <source>Cost Assumptions</source>
        <translation>مفروضات هزینه</translation>
    </message>
    <message>
        <source>The plan costs each role with these figures. Each one names its public source and year; point at a figure for details. Double-click a figure to change it.</source>
        <translation>هزینه هر نقش در برنامه با این ارقام محاسبه می‌شود. منبع عمومی و سال هر رقم ذکر شده است؛ برای دیدن جزئیات، نشانگر را روی رقم نگه دارید. برای تغییر یک رقم، روی آن دوبار کلیک کنید.</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>ارز:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>ارز</translation>
    </message>
    <message>
        <source>Three-letter code of the currency of every amount.</source>
        <translation>کد سه‌حرفی ارزی که همه مبلغ‌ها به آن است.</translation>
    </message>
    <message>
        <source>Employer &amp;on-cost multiplier:</source>
        <translation>ضریب هزینه‌های جانبی کارفرما:</translation>
    </message>
    <message>
        <source>Employer on-cost multiplier</source>
        <translation>ضریب هزینه‌های جانبی کارفرما</translation>
    </message>
    <message>
        <source>An employee costs more than the salary: taxes, insurance and benefits. 1.29 means 29% on top of the salary.</source>
        <translation>هزینه یک کارمند بیش از حقوق اوست: مالیات، بیمه و مزایا. ۱٫۲۹ یعنی ۲۹ درصد علاوه بر حقوق.</translation>
    </message>
    <message>
        <source>Cost figures</source>
        <translation>ارقام هزینه</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>بازگشت به پیش‌فرض‌ها</translation>
    </message>
    <message>
        <source>Use the built-in figures from the public sources again.</source>
        <translation>دوباره از ارقام پیش‌فرض برگرفته از منابع عمومی استفاده شود.</translation>
    </message>
    <message>
        <source>Full-time employee</source>
        <translation>کارمند تمام‌وقت</translation>
    </message>
    <message>
        <source>Part-time employee</source>
        <translation>کارمند پاره‌وقت</translation>
    </message>
    <message>
        <source>Freelancer</source>
        <translation>فریلنسر</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>آژانس</translation>
    </message>
    <message>
        <source>Fractional leader (part-time, outside)</source>
        <translation>مدیر پاره‌وقت از بیرون شرکت</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>یک مبلغ وارد کنید.</translation>
    </message>
    <message>
        <source>That is not a number. Type digits, for example 4500 or 4,500.</source>
        <translation>این عدد نیست. رقم وارد کنید، برای نمونه ۴۵۰۰ یا ۴٬۵۰۰.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>مبلغ نمی‌تواند منفی باشد.</translation>
    </message>
    <message>
        <source>That amount is too large. Enter at most %1.</source>
        <translation>این مبلغ بیش از حد بزرگ است. حداکثر %1 وارد کنید.</translation>
    </message>
    <message>
        <source>Enter a share between 1 and 100 percent.</source>
        <translation>سهمی بین ۱ تا ۱۰۰ درصد وارد کنید.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>مبلغ باید بیشتر از صفر باشد.</translation>
    </message>
    <message>
        <source>Enter a multiplier between 1 and 3; 1.29 means 29% on top of the salary.</source>
        <translation>ضریبی بین ۱ تا ۳ وارد کنید؛ ۱٫۲۹ یعنی ۲۹ درصد علاوه بر حقوق.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>نوع همکاری</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>هزینه ماهانه</translation>
    </message>
    <message>
        <source>Source and year</source>
        <translation>منبع و سال</translation>
    </message>
    <message>
        <source>{amount} a year</source>
        <translation>سالانه {amount}</translation>
    </message>
    <message>
        <source>{rate} an hour, {hours} hours a month</source>
        <translation>ساعتی {rate}، {hours} ساعت در ماه</translation>
    </message>
    <message>
        <source>{percent} of the full-time cost</source>
        <translation>{percent} از هزینه تمام‌وقت</translation>
    </message>
    <message>
        <source>{amount} a month</source>
        <translation>ماهانه {amount}</translation>
    </message>
    <message>
        <source>Changed by you</source>
        <translation>ویرایش‌شده توسط شما</translation>
    </message>
    <message>
        <source>{publisher}, {year}</source>
        <translation>{publisher}، {year}</translation>
    </message>
    <message>
        <source>Assumption: share of the full-time cost</source>
        <translation>فرض مدل: سهمی از هزینه تمام‌وقت</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>فرض مدل</translation>
    </message>
    <message>
        <source>You changed this figure; Reset to Defaults restores it.</source>
        <translation>این رقم را تغییر داده‌اید؛ «بازگشت به پیش‌فرض‌ها» آن را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Stand-in occupation: {proxy}</source>
        <translation>شغل معادل در آمار: {proxy}</translation>
    </message>
    <message>
        <source>Fully loaded monthly cost used by the plan.</source>
        <translation>هزینه ماهانه کامل، با همه هزینه‌های جانبی، که در برنامه به کار می‌رود.</translation>
    </message>
</context>
<context>
    <name>DeferredModel</name>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Why not now</source>
        <translation>چرا فعلاً نه</translation>
    </message>
    <message>
        <source>Cost to add</source>
        <translation>هزینه افزودن</translation>
    </message>
    <message>
        <source>%1 a month (%2)</source>
        <comment>cost to add a role, then how it would be staffed</comment>
        <translation>ماهانه %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The report could not be started.</source>
        <translation>نوشتن گزارش آغاز نشد.</translation>
    </message>
    <message>
        <source>{title} — {date}</source>
        <translation>{title} — {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>صفحه {page} از {pages}</translation>
    </message>
    <message>
        <source>Print Plan</source>
        <translation>چاپ برنامه</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>Details: %1</source>
        <translation>جزئیات: %1</translation>
    </message>
    <message>
        <source>The file does not exist any more: it may have been moved, renamed or deleted.</source>
        <translation>این فایل دیگر وجود ندارد؛ شاید جابه‌جا شده، نامش تغییر کرده یا حذف شده باشد.</translation>
    </message>
    <message>
        <source>You do not have permission to read this file.</source>
        <translation>اجازه خواندن این فایل را ندارید.</translation>
    </message>
    <message>
        <source>This is a folder, not a plan file.</source>
        <translation>این یک پوشه است، نه فایل برنامه.</translation>
    </message>
    <message>
        <source>This is not an ordinary file, so it is not a plan.</source>
        <translation>این یک فایل معمولی نیست، پس فایل برنامه هم نیست.</translation>
    </message>
    <message>
        <source>The file is far larger than any plan, so it was not read.</source>
        <translation>این فایل بسیار بزرگ‌تر از هر برنامه‌ای است، به همین دلیل خوانده نشد.</translation>
    </message>
    <message>
        <source>The system could not read the file. If it is on a removable drive or a network folder, check that it is connected.</source>
        <translation>سیستم نتوانست این فایل را بخواند. اگر فایل روی حافظه جداشدنی یا پوشه‌ای در شبکه است، مطمئن شوید که وصل است.</translation>
    </message>
    <message>
        <source>It was made by a newer version of TeamBuilder. Update TeamBuilder to open it.</source>
        <translation>این فایل با نسخه جدیدتری از TeamBuilder ساخته شده است. برای باز کردن آن، TeamBuilder را به‌روز کنید.</translation>
    </message>
    <message>
        <source>The file is damaged or is not a TeamBuilder plan.</source>
        <translation>این فایل آسیب دیده است یا برنامه TeamBuilder نیست.</translation>
    </message>
    <message>
        <source>The plan “%1” could not be opened.</source>
        <translation>برنامه «%1» باز نشد.</translation>
    </message>
    <message>
        <source>The file was not changed. TeamBuilder has started with a new plan instead.</source>
        <translation>هیچ تغییری در فایل داده نشد. به جای آن، TeamBuilder با یک برنامه تازه باز شده است.</translation>
    </message>
    <message>
        <source>The file was not changed, and the plan in the window is kept as it was.</source>
        <translation>هیچ تغییری در فایل داده نشد و برنامه‌ای که در پنجره است همان‌طور که بود باقی می‌ماند.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, or save the plan on another drive.</source>
        <translation>دیسک پر است. کمی فضا آزاد کنید یا برنامه را در درایو دیگری ذخیره کنید.</translation>
    </message>
    <message>
        <source>This folder or drive is read-only. Save the plan in another folder, such as Documents.</source>
        <translation>این پوشه یا درایو فقط‌خواندنی است. برنامه را در پوشه دیگری، مثلاً پوشه اسناد، ذخیره کنید.</translation>
    </message>
    <message>
        <source>You do not have permission to write in this folder. Save the plan in another folder, such as Documents.</source>
        <translation>اجازه نوشتن در این پوشه را ندارید. برنامه را در پوشه دیگری، مثلاً پوشه اسناد، ذخیره کنید.</translation>
    </message>
    <message>
        <source>The folder does not exist any more. Save the plan in another folder.</source>
        <translation>این پوشه دیگر وجود ندارد. برنامه را در پوشه دیگری ذخیره کنید.</translation>
    </message>
    <message>
        <source>The file is read-only. Save the plan under another name.</source>
        <translation>این فایل فقط‌خواندنی است. برنامه را با نام دیگری ذخیره کنید.</translation>
    </message>
    <message>
        <source>A folder has this name. Choose a file name instead.</source>
        <translation>پوشه‌ای با همین نام وجود دارد. به جای آن یک نام فایل انتخاب کنید.</translation>
    </message>
    <message>
        <source>The file name is too long. Choose a shorter name.</source>
        <translation>نام فایل بیش از حد طولانی است. نام کوتاه‌تری انتخاب کنید.</translation>
    </message>
    <message>
        <source>The plan is too large to save. Shorten its notes.</source>
        <translation>برنامه برای ذخیره شدن بیش از حد بزرگ است. یادداشت‌های آن را کوتاه‌تر کنید.</translation>
    </message>
    <message>
        <source>The system reported an error. Try saving the plan in another folder.</source>
        <translation>سیستم خطایی گزارش کرد. برنامه را در پوشه دیگری ذخیره کنید.</translation>
    </message>
    <message>
        <source>The plan could not be saved to “%1”.</source>
        <translation>برنامه در «%1» ذخیره نشد.</translation>
    </message>
    <message>
        <source>Your changes are still in the window, not saved yet. A file saved there before is unchanged.</source>
        <translation>تغییرات شما هنوز در پنجره هست، اما ذخیره نشده است. فایلی که پیش‌تر آنجا ذخیره شده بود دست‌نخورده مانده است.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1%</source>
        <comment>a percentage, e.g. 60%</comment>
        <translation>%1٪</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This view is not available yet.</source>
        <translation>این نما هنوز در دسترس نیست.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Start a new plan.</source>
        <translation>شروع یک برنامه تازه.</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>باز کردن...</translation>
    </message>
    <message>
        <source>Open a saved plan.</source>
        <translation>باز کردن یک برنامه ذخیره‌شده.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>باز کردن موارد اخیر</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>پاک کردن فهرست</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <source>Save the plan.</source>
        <translation>ذخیره برنامه.</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>ذخیره با نام...</translation>
    </message>
    <message>
        <source>Save the plan under a new name.</source>
        <translation>ذخیره برنامه با نامی تازه.</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>خروجی PDF...</translation>
    </message>
    <message>
        <source>Write the plan as a PDF report.</source>
        <translation>ذخیره برنامه به‌صورت گزارش PDF.</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>خروجی CSV...</translation>
    </message>
    <message>
        <source>Write the team lines as a CSV spreadsheet file.</source>
        <translation>ذخیره ردیف‌های تیم در یک فایل صفحه‌گسترده CSV.</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>چاپ...</translation>
    </message>
    <message>
        <source>Print the plan.</source>
        <translation>چاپ برنامه.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>&amp;Cost Assumptions...</source>
        <translation>مفروضات هزینه...</translation>
    </message>
    <message>
        <source>See and change the salaries and rates the plan is costed with.</source>
        <translation>دیدن و تغییر حقوق‌ها و نرخ‌هایی که هزینه برنامه با آن‌ها محاسبه می‌شود.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>نما</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>راهنما</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>&amp;About TeamBuilder</source>
        <translation>درباره TeamBuilder</translation>
    </message>
    <message>
        <source>Recommended &amp;Team</source>
        <translation>تیم پیشنهادی</translation>
    </message>
    <message>
        <source>&amp;Compare Roles</source>
        <translation>مقایسه نقش‌ها</translation>
    </message>
    <message>
        <source>Role &amp;Library</source>
        <translation>کتابخانه نقش‌ها</translation>
    </message>
    <message>
        <source>No plan could be worked out for these answers, so the plan shown has not changed: %1</source>
        <translation>برای این پاسخ‌ها نمی‌توان برنامه‌ای تهیه کرد، بنابراین برنامهٔ نمایش‌داده‌شده تغییری نکرده است: %1</translation>
    </message>
    <message>
        <source>The role descriptions in this language cannot be read, so the English ones are shown: %1</source>
        <translation>شرح نقش‌ها به این زبان خوانده نشد، پس نسخه انگلیسی نمایش داده می‌شود: %1</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>آیا می‌خواهید تغییرات «%1» ذخیره شود؟</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>اگر ذخیره نکنید، تغییرات از دست می‌رود.</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>باز کردن برنامه</translation>
    </message>
    <message>
        <source>TeamBuilder plans (*%1)</source>
        <translation>برنامه‌های TeamBuilder (*%1)</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>برنامه</translation>
    </message>
    <message>
        <source>The plan&apos;s cost assumptions cannot be used, so the built-in figures are used instead: %1</source>
        <translation>مفروضات هزینه این برنامه قابل استفاده نیست، پس ارقام پیش‌فرض به کار می‌رود: %1</translation>
    </message>
    <message>
        <source>Marketing team plan</source>
        <translation>برنامه تیم بازاریابی</translation>
    </message>
    <message>
        <source>Save Plan</source>
        <translation>ذخیره برنامه</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>در %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>برنامه اخیری وجود ندارد</translation>
    </message>
    <message>
        <source>your cost assumptions</source>
        <translation>مفروضات هزینه</translation>
    </message>
    <message>
        <source>These cost assumptions cannot be used.</source>
        <translation>این مفروضات هزینه قابل استفاده نیستند.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>خروجی PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>سندهای PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>ذخیره فایل PDF ممکن نشد.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>خروجی در %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>خروجی CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>فایل‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>The CSV file could not be written.</source>
        <translation>ذخیره فایل CSV ممکن نشد.</translation>
    </message>
    <message>
        <source>This feature is not available yet.</source>
        <translation>این قابلیت هنوز در دسترس نیست.</translation>
    </message>
</context>
<context>
    <name>Mode</name>
    <message>
        <source>Full-time</source>
        <translation>تمام‌وقت</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>پاره‌وقت</translation>
    </message>
    <message>
        <source>Freelancer</source>
        <translation>فریلنسر</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>آژانس</translation>
    </message>
    <message>
        <source>Fractional leader</source>
        <translation>مدیر پاره‌وقت از بیرون شرکت</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>Enter a number.</source>
        <translation>یک عدد وارد کنید.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» عدد نیست.</translation>
    </message>
    <message>
        <source>Enter at least %1.</source>
        <translation>دست‌کم %1 وارد کنید.</translation>
    </message>
    <message>
        <source>Enter at most %1.</source>
        <translation>حداکثر %1 وارد کنید.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>یک عدد صحیح وارد کنید.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>تغییر داده نشد: %1</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Untitled</source>
        <translation>بی‌نام</translation>
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
        <translation>تعداد کل کارکنان شرکت.</translation>
    </message>
    <message>
        <source>Em&amp;ployees:</source>
        <translation>تعداد کارکنان:</translation>
    </message>
    <message>
        <source>Number of employees</source>
        <translation>تعداد کارکنان شرکت</translation>
    </message>
    <message>
        <source>Mar&amp;ket focus:</source>
        <translation>بازار هدف:</translation>
    </message>
    <message>
        <source>Businesses (B2B)</source>
        <translation>کسب‌وکارها (B2B)</translation>
    </message>
    <message>
        <source>Consumers (B2C)</source>
        <translation>مصرف‌کنندگان (B2C)</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>هر دو</translation>
    </message>
    <message>
        <source>Whether you sell to other businesses, to consumers, or to both.</source>
        <translation>به کسب‌وکارهای دیگر می‌فروشید، به مصرف‌کنندگان یا به هر دو؟</translation>
    </message>
    <message>
        <source>Market focus</source>
        <translation>بازار هدف</translation>
    </message>
    <message>
        <source>Monthly &amp;budget:</source>
        <translation>بودجه ماهانه:</translation>
    </message>
    <message>
        <source>What you can spend each month on marketing people and services, in %1.</source>
        <translation>مبلغی که هر ماه می‌توانید برای نیروها و خدمات بازاریابی هزینه کنید، به %1.</translation>
    </message>
    <message>
        <source>What you can spend each month on marketing people and services.</source>
        <translation>مبلغی که هر ماه می‌توانید برای نیروها و خدمات بازاریابی هزینه کنید.</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>بودجه ماهانه</translation>
    </message>
    <message>
        <source>Currency of the cost assumptions (Edit &gt; Cost assumptions).</source>
        <translation>ارز مفروضات هزینه (ویرایش &gt; مفروضات هزینه).</translation>
    </message>
    <message>
        <source>Time h&amp;orizon:</source>
        <translation>افق زمانی:</translation>
    </message>
    <message>
        <source>Quick results</source>
        <translation>نتیجه سریع</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>متعادل</translation>
    </message>
    <message>
        <source>Long-term growth</source>
        <translation>رشد بلندمدت</translation>
    </message>
    <message>
        <source>Whether results must come quickly or you are building for the long term.</source>
        <translation>نتیجه را زود می‌خواهید یا برای بلندمدت برنامه‌ریزی می‌کنید؟</translation>
    </message>
    <message>
        <source>Time horizon</source>
        <translation>افق زمانی</translation>
    </message>
    <message>
        <source>&amp;Digital products or online platform</source>
        <translation>محصول دیجیتال یا پلتفرم آنلاین</translation>
    </message>
    <message>
        <source>Tick this if the business sells or builds software, an app or a web service, or runs an online platform: its marketing technology then needs an owner, the digital product manager.</source>
        <translation>اگر کسب‌وکار شما نرم‌افزار، اپلیکیشن یا سرویس وب می‌فروشد یا می‌سازد، یا یک پلتفرم آنلاین را اداره می‌کند، این گزینه را علامت بزنید: در این صورت فناوری بازاریابی آن به یک مسئول، یعنی مدیر محصول دیجیتال، نیاز دارد.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>اهداف</translation>
    </message>
    <message>
        <source>Brand &amp;awareness</source>
        <translation>آگاهی از برند</translation>
    </message>
    <message>
        <source>Get known by more of the people you sell to.</source>
        <translation>افراد بیشتری از مخاطبان هدفتان شما را بشناسند.</translation>
    </message>
    <message>
        <source>More &amp;leads</source>
        <translation>جذب سرنخ فروش</translation>
    </message>
    <message>
        <source>More enquiries and prospects for your sales team.</source>
        <translation>درخواست‌ها و مشتریان بالقوه بیشتر برای تیم فروش.</translation>
    </message>
    <message>
        <source>O&amp;nline sales</source>
        <translation>فروش آنلاین</translation>
    </message>
    <message>
        <source>Sell more through your website or online shop.</source>
        <translation>فروش بیشتر از راه وب‌سایت یا فروشگاه اینترنتی.</translation>
    </message>
    <message>
        <source>Keep &amp;customers</source>
        <translation>حفظ مشتریان</translation>
    </message>
    <message>
        <source>Bring existing customers back and keep them.</source>
        <translation>بازگرداندن و نگه داشتن مشتریان فعلی.</translation>
    </message>
    <message>
        <source>Roles already covered</source>
        <translation>نقش‌هایی که از قبل دارید</translation>
    </message>
    <message>
        <source>Tick the roles someone in the company already does, so the plan does not hire for them.</source>
        <translation>نقش‌هایی را که کسی در شرکت از قبل انجام می‌دهد علامت بزنید تا برنامه برایشان نیرو استخدام نکند.</translation>
    </message>
</context>
<context>
    <name>Ratings</name>
    <message>
        <source>Low</source>
        <translation>کم</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>High</source>
        <translation>زیاد</translation>
    </message>
    <message>
        <source>Implementation complexity</source>
        <translation>پیچیدگی اجرا</translation>
    </message>
    <message>
        <source>Resource requirements</source>
        <translation>منابع مورد نیاز</translation>
    </message>
    <message>
        <source>Derived from the roles it merges: as demanding as its most demanding part ({roles}).</source>
        <translation>برگرفته از نقش‌هایی که در خود جمع کرده است: هم‌سطح سنگین‌ترین بخش آن ({roles}).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>{rating}: {word} ({step} of {steps}). {note}</source>
        <translation>{rating}: {word} ({step} از {steps}). {note}</translation>
    </message>
    <message>
        <source>Rating meter</source>
        <translation>نمایشگر رتبه</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Businesses (B2B)</source>
        <translation>کسب‌وکارها (B2B)</translation>
    </message>
    <message>
        <source>Consumers (B2C)</source>
        <translation>مصرف‌کنندگان (B2C)</translation>
    </message>
    <message>
        <source>Businesses and consumers (B2B and B2C)</source>
        <translation>کسب‌وکارها و مصرف‌کنندگان (B2B و B2C)</translation>
    </message>
    <message>
        <source>Brand awareness</source>
        <translation>آگاهی از برند</translation>
    </message>
    <message>
        <source>More leads</source>
        <translation>جذب سرنخ فروش</translation>
    </message>
    <message>
        <source>Online sales</source>
        <translation>فروش آنلاین</translation>
    </message>
    <message>
        <source>Keep customers</source>
        <translation>حفظ مشتریان</translation>
    </message>
    <message>
        <source>Quick results</source>
        <translation>نتیجه سریع</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>متعادل</translation>
    </message>
    <message>
        <source>Long-term growth</source>
        <translation>رشد بلندمدت</translation>
    </message>
    <message>
        <source>People in the company</source>
        <translation>تعداد کارکنان شرکت</translation>
    </message>
    <message>
        <source>Market focus</source>
        <translation>بازار هدف</translation>
    </message>
    <message>
        <source>Monthly budget for marketing people</source>
        <translation>بودجه ماهانه نیروهای بازاریابی</translation>
    </message>
    <message>
        <source>Time horizon</source>
        <translation>افق زمانی</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>اهداف</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Roles already covered</source>
        <translation>نقش‌هایی که از قبل در شرکت انجام می‌شود</translation>
    </message>
    <message>
        <source>Digital products</source>
        <translation>محصولات دیجیتال</translation>
    </message>
    <message>
        <source>Sells or builds digital products or runs an online platform</source>
        <translation>محصول دیجیتال می‌فروشد یا می‌سازد یا پلتفرم آنلاین دارد</translation>
    </message>
    <message>
        <source>Total a month</source>
        <translation>جمع ماهانه</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>بودجه ماهانه</translation>
    </message>
    <message>
        <source>Left in the budget</source>
        <translation>باقی‌مانده بودجه</translation>
    </message>
    <message>
        <source>Over the budget</source>
        <translation>کسری بودجه</translation>
    </message>
    <message>
        <source>Person or service</source>
        <translation>نیرو یا سرویس</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>پوشش</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>نوع همکاری</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>هزینه ماهانه</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Implementation complexity</source>
        <translation>پیچیدگی اجرا</translation>
    </message>
    <message>
        <source>Resource requirements</source>
        <translation>منابع مورد نیاز</translation>
    </message>
    <message>
        <source>Key advantage</source>
        <translation>مزیت کلیدی</translation>
    </message>
    <message>
        <source>{amount} a month ({mode})</source>
        <translation>ماهانه {amount} ({mode})</translation>
    </message>
    <message>
        <source>Why not now</source>
        <translation>چرا فعلاً نه</translation>
    </message>
    <message>
        <source>What adding it would cost</source>
        <translation>هزینه افزودن آن</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <source>Digital marketing team plan, {date}</source>
        <translation>برنامه تیم دیجیتال مارکتینگ، {date}</translation>
    </message>
    <message>
        <source>Made with {app} {version} on {date}. Costs are in {currency}, including employer on-costs (x{multiplier}).</source>
        <translation>ساخته‌شده با {app} {version} در {date}. هزینه‌ها به {currency} و با احتساب هزینه‌های جانبی کارفرما (ضریب {multiplier}) است.</translation>
    </message>
    <message>
        <source>Roles, ratings and advice come from these articles:</source>
        <translation>نقش‌ها، رتبه‌بندی‌ها و توصیه‌ها از این مقاله‌ها گرفته شده‌اند:</translation>
    </message>
    <message>
        <source>Cost figures come from these public sources:</source>
        <translation>ارقام هزینه از این منابع عمومی گرفته شده‌اند:</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>کسب‌وکار شما</translation>
    </message>
    <message>
        <source>Recommended team</source>
        <translation>تیم پیشنهادی</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>Spending against the budget</source>
        <translation>هزینه در برابر بودجه</translation>
    </message>
    <message>
        <source>The recommended roles side by side</source>
        <translation>نقش‌های پیشنهادی در کنار هم</translation>
    </message>
    <message>
        <source>Roles left for later</source>
        <translation>نقش‌هایی برای بعد</translation>
    </message>
    <message>
        <source>Channels to favour</source>
        <translation>کانال‌های اولویت‌دار</translation>
    </message>
    <message>
        <source>Next steps as the budget grows</source>
        <translation>گام‌های بعدی با افزایش بودجه</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>No one fits within this budget yet.</source>
        <translation>هنوز هیچ نیرویی در این بودجه نمی‌گنجد.</translation>
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
        <translation>نقش‌ها</translation>
    </message>
    <message>
        <source>Combined roles</source>
        <translation>نقش‌های ترکیبی</translation>
    </message>
    <message>
        <source>The eight roles of a digital marketing team.</source>
        <translation>هشت نقش تیم دیجیتال مارکتینگ.</translation>
    </message>
    <message>
        <source>One person taking on parts of several roles.</source>
        <translation>یک نفر که بخش‌هایی از چند نقش را بر عهده می‌گیرد.</translation>
    </message>
    <message>
        <source>Combined role: one person taking on parts of several roles</source>
        <translation>نقش ترکیبی: یک نفر که بخش‌هایی از چند نقش را بر عهده می‌گیرد</translation>
    </message>
    <message>
        <source>Made of</source>
        <translation>ترکیبی از</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>نتایج مورد انتظار</translation>
    </message>
    <message>
        <source>Leadership role from the seed table</source>
        <translation>نقش مدیریتی از جدول مرجع</translation>
    </message>
    <message>
        <source>Generalist role from the seed table</source>
        <translation>نقش جامع از جدول مرجع</translation>
    </message>
    <message>
        <source>Specialist role from the seed table</source>
        <translation>نقش تخصصی از جدول مرجع</translation>
    </message>
    <message>
        <source>Ideal use case</source>
        <translation>کاربرد ایده‌آل</translation>
    </message>
    <message>
        <source>Key advantage</source>
        <translation>مزیت کلیدی</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>در یک نگاه</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>وظایف</translation>
    </message>
    <message>
        <source>How to measure it (KPIs)</source>
        <translation>روش سنجش (KPIها)</translation>
    </message>
    <message>
        <source>Practical tips</source>
        <translation>توصیه‌های کاربردی</translation>
    </message>
    <message>
        <source>{name}: {text}</source>
        <translation>‏{name}: {text}</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>نمونه‌ها</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>کانال‌ها</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation>مزایا</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation>معایب</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>منابع</translation>
    </message>
    <message>
        <source>Show {name} side by side with other roles.</source>
        <translation>نمایش {name} در کنار نقش‌های دیگر.</translation>
    </message>
    <message>
        <source>Search roles, tasks, KPIs, channels</source>
        <translation>جست‌وجوی نقش‌ها، وظایف، KPIها و کانال‌ها</translation>
    </message>
    <message>
        <source>Search roles</source>
        <translation>جست‌وجوی نقش‌ها</translation>
    </message>
    <message>
        <source>Type a word to list only the roles that mention it.</source>
        <translation>واژه‌ای بنویسید تا فقط نقش‌هایی که به آن اشاره دارند فهرست شوند.</translation>
    </message>
    <message>
        <source>Role description</source>
        <translation>شرح نقش</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>مقایسه…</translation>
    </message>
    <message>
        <source>Compare this role</source>
        <translation>مقایسه این نقش</translation>
    </message>
    <message>
        <source>No role mentions that. Try another word.</source>
        <translation>هیچ نقشی به این واژه اشاره نمی‌کند. واژه دیگری را امتحان کنید.</translation>
    </message>
    <message>
        <source>Role library</source>
        <translation>کتابخانه نقش‌ها</translation>
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
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>فرمان</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>میان‌بر</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>No keyboard shortcuts are defined.</source>
        <translation>هیچ میان‌بری تعریف نشده است.</translation>
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
        <translation>نیرو</translation>
    </message>
    <message>
        <source>Roles covered</source>
        <translation>نقش‌های تحت پوشش</translation>
    </message>
    <message>
        <source>How</source>
        <translation>نوع همکاری</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>هزینه ماهانه</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>دلیل</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>%1 a month</source>
        <translation>ماهانه %1</translation>
    </message>
    <message>
        <source>Covers: %1</source>
        <translation>پوشش: %1</translation>
    </message>
    <message>
        <source>Compare with the specialists</source>
        <translation>مقایسه با متخصصان</translation>
    </message>
    <message>
        <source>Compare this combined role with the specialist roles it replaces.</source>
        <translation>این نقش ترکیبی را با نقش‌های تخصصی‌ای که جایگزینشان می‌شود مقایسه کنید.</translation>
    </message>
    <message>
        <source>Describe your business on the left to see a recommended team.</source>
        <translation>مشخصات کسب‌وکارتان را در سمت راست وارد کنید تا تیم پیشنهادی را ببینید.</translation>
    </message>
    <message>
        <source>This team costs %1 a month, within your budget of %2.</source>
        <translation>هزینه این تیم ماهانه %1 است و در بودجه %2 شما می‌گنجد.</translation>
    </message>
    <message>
        <source>This team costs %1 a month, over your budget of %2.</source>
        <translation>هزینه این تیم ماهانه %1 است، بیش از بودجه %2 شما.</translation>
    </message>
    <message>
        <source>No one fits within a budget of %1 a month yet.</source>
        <translation>هنوز هیچ نیرویی در بودجه ماهانه %1 نمی‌گنجد.</translation>
    </message>
    <message>
        <source>This team covers about %1 of the marketing work your profile calls for.</source>
        <translation>این تیم حدود %1 از کارهای بازاریابی مورد نیاز کسب‌وکار شما را پوشش می‌دهد.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>numbered list item</comment>
        <translation>‏%1. %2</translation>
    </message>
    <message>
        <source>No channel stands out for this profile.</source>
        <translation>برای این مشخصات، کانال خاصی در اولویت نیست.</translation>
    </message>
    <message>
        <source>This team already covers every role.</source>
        <translation>این تیم همه نقش‌ها را پوشش می‌دهد.</translation>
    </message>
    <message>
        <source>Monthly spend against your budget</source>
        <translation>هزینه ماهانه در برابر بودجه شما</translation>
    </message>
    <message>
        <source>Recommended team</source>
        <translation>تیم پیشنهادی</translation>
    </message>
    <message>
        <source>Not in the team yet</source>
        <translation>هنوز در تیم نیست</translation>
    </message>
    <message>
        <source>Roles not in the team yet</source>
        <translation>نقش‌هایی که هنوز در تیم نیستند</translation>
    </message>
    <message>
        <source>Every role is covered.</source>
        <translation>همه نقش‌ها پوشش داده شده‌اند.</translation>
    </message>
    <message>
        <source>Channels to favour</source>
        <translation>کانال‌های اولویت‌دار</translation>
    </message>
    <message>
        <source>Next steps as the budget grows</source>
        <translation>گام‌های بعدی با افزایش بودجه</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>خوب است بدانید</translation>
    </message>
</context>
</TS>
