<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AchievementForm</name>
    <message>
        <source>Attendance (every required criterion completed)</source>
        <translation>الحضور (استيفاء كل معيار مطلوب)</translation>
    </message>
    <message>
        <source>Score (total at or above the pass mark)</source>
        <translation>الدرجة (مجموع يساوي درجة النجاح أو يزيد عليها)</translation>
    </message>
    <message>
        <source>Rubric (every required criterion at its level)</source>
        <translation>سلّم التقدير (بلوغ كل معيار مطلوب مستواه)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation>«{text}» ليس رقمًا.</translation>
    </message>
    <message>
        <source>How the achievement is earned (Markdown: **bold**, *italic*, - lists)</source>
        <translation>كيفية نيل الإنجاز (بتنسيق Markdown: **عريض**، *مائل*، - قوائم)</translation>
    </message>
    <message>
        <source>for score-based achievements</source>
        <translation>للإنجازات القائمة على الدرجات</translation>
    </message>
    <message>
        <source>comma separated, e.g. first aid, health and safety</source>
        <translation>افصل بينها بفاصلة لاتينية (,)، مثل: إسعافات أولية, صحة وسلامة</translation>
    </message>
    <message>
        <source>e.g. PFA-101</source>
        <translation>مثل: PFA-101</translation>
    </message>
    <message>
        <source>e.g. en, fr-CA</source>
        <translation>مثل: ar, fr-CA</translation>
    </message>
    <message>
        <source>e.g. 2026</source>
        <translation>مثل: 2026</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>بلا انتهاء</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>الإنجاز</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>الاسم *</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>How it is earned</source>
        <translation>كيفية نيله</translation>
    </message>
    <message>
        <source>Criteria (narrative)</source>
        <translation>المعايير (وصف نصي)</translation>
    </message>
    <message>
        <source>Eligibility rule</source>
        <translation>قاعدة الأهلية</translation>
    </message>
    <message>
        <source>Pass mark</source>
        <translation>درجة النجاح</translation>
    </message>
    <message>
        <source>Alignments (frameworks and standards it maps to)</source>
        <translation>المواءمات (الأطر والمواصفات التي يرتبط بها)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>الساعات المعتمدة</translation>
    </message>
    <message>
        <source>Field of study</source>
        <translation>مجال الدراسة</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>the achievement&apos;s own code, e.g. PFA-101</comment>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Version label</source>
        <translation>تسمية النسخة</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>مدة الصلاحية</translation>
    </message>
    <message>
        <source>Certificate template</source>
        <translation>قالب الشهادة</translation>
    </message>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> شهر</numerusform>
            <numerusform> شهر</numerusform>
            <numerusform> شهران</numerusform>
            <numerusform> أشهر</numerusform>
            <numerusform> شهرًا</numerusform>
            <numerusform> شهر</numerusform>
        </translation>
    </message>
    <message>
        <source>Pass mark: {problem}</source>
        <translation>درجة النجاح: {problem}</translation>
    </message>
    <message>
        <source>Credits: {problem}</source>
        <translation>الساعات المعتمدة: {problem}</translation>
    </message>
</context>
<context>
    <name>AchievementTypes</name>
    <message>
        <source>Achievement</source>
        <translation>إنجاز</translation>
    </message>
    <message>
        <source>Apprenticeship Certificate</source>
        <translation>شهادة تدريب مهني</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>تقييم</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>تكليف</translation>
    </message>
    <message>
        <source>Associate Degree</source>
        <translation>دبلوم مشارك</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>جائزة</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>شارة</translation>
    </message>
    <message>
        <source>Bachelor Degree</source>
        <translation>بكالوريوس</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>شهادة</translation>
    </message>
    <message>
        <source>Certificate Of Completion</source>
        <translation>شهادة إتمام</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>شهادة مهنية</translation>
    </message>
    <message>
        <source>Community Service</source>
        <translation>خدمة مجتمعية</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>كفاءة</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>دورة</translation>
    </message>
    <message>
        <source>Co Curricular</source>
        <translation>نشاط مصاحب للمنهج</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>درجة علمية</translation>
    </message>
    <message>
        <source>Diploma</source>
        <translation>دبلوم</translation>
    </message>
    <message>
        <source>Doctoral Degree</source>
        <translation>دكتوراه</translation>
    </message>
    <message>
        <source>Fieldwork</source>
        <translation>عمل ميداني</translation>
    </message>
    <message>
        <source>General Education Development</source>
        <translation>شهادة معادلة الثانوية (GED)</translation>
    </message>
    <message>
        <source>Journeyman Certificate</source>
        <translation>شهادة حرفي ماهر</translation>
    </message>
    <message>
        <source>Learning Program</source>
        <translation>برنامج تعليمي</translation>
    </message>
    <message>
        <source>License</source>
        <translation>رخصة مزاولة</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>عضوية</translation>
    </message>
    <message>
        <source>Professional Doctorate</source>
        <translation>دكتوراه مهنية</translation>
    </message>
    <message>
        <source>Quality Assurance Credential</source>
        <translation>اعتماد ضمان الجودة</translation>
    </message>
    <message>
        <source>Master Certificate</source>
        <translation>شهادة حرفي متقن</translation>
    </message>
    <message>
        <source>Master Degree</source>
        <translation>ماجستير</translation>
    </message>
    <message>
        <source>Micro Credential</source>
        <translation>اعتماد مصغّر</translation>
    </message>
    <message>
        <source>Research Doctorate</source>
        <translation>دكتوراه بحثية</translation>
    </message>
    <message>
        <source>Secondary School Diploma</source>
        <translation>شهادة الثانوية العامة</translation>
    </message>
</context>
<context>
    <name>AchievementsPage</name>
    <message>
        <source>{name} (pathway) (archived)</source>
        <translation>{name} (مسار) (مؤرشف)</translation>
    </message>
    <message>
        <source>{name} (pathway)</source>
        <translation>{name} (مسار)</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (مؤرشف)</translation>
    </message>
    <message>
        <source>v{number}</source>
        <translation>النسخة {number}</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>الإنجاز</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>الحضور</translation>
    </message>
    <message>
        <source>New achievement</source>
        <translation>إنجاز جديد</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>الإنجازات</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>column: how many credentials</comment>
        <translation>الصادرة</translation>
    </message>
    <message>
        <source>No achievements yet. Click “New achievement” to define what you certify.</source>
        <translation>لا توجد إنجازات بعد. انقر «إنجاز جديد» لتحديد ما تمنح الشهادات عليه.</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>عرض المؤرشفة</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>أرشفة…</translation>
    </message>
    <message>
        <source>Hide an achievement you no longer award: its cohorts and credentials stay, and verify as before</source>
        <translation>إخفاء إنجاز لم تعد تمنحه: تبقى دفعاته واعتماداته، ويمكن التحقق منها كما كان من قبل</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>The new achievement</source>
        <translation>الإنجاز الجديد</translation>
    </message>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between versions in a list</comment>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>v{number}: %n issued</source>
        <translation>
            <numerusform>النسخة {number}: %n اعتماد</numerusform>
            <numerusform>النسخة {number}: %n اعتماد</numerusform>
            <numerusform>النسخة {number}: %n اعتمادان</numerusform>
            <numerusform>النسخة {number}: %n اعتمادات</numerusform>
            <numerusform>النسخة {number}: %n اعتمادًا</numerusform>
            <numerusform>النسخة {number}: %n اعتماد</numerusform>
        </translation>
    </message>
    <message>
        <source>Credentials issued per version — {versions}. Saving changes creates a new version; issued credentials keep the old one.</source>
        <translation>الاعتمادات الصادرة لكل نسخة — {versions}. حفظ التغييرات يُنشئ نسخة جديدة؛ وتحتفظ الاعتمادات الصادرة بالنسخة القديمة.</translation>
    </message>
    <message>
        <source>Credentials issued per version — {versions}.</source>
        <translation>الاعتمادات الصادرة لكل نسخة — {versions}.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>لم يُحفظ بعد.</translation>
    </message>
    <message>
        <source>Archive achievement</source>
        <translation>أرشفة الإنجاز</translation>
    </message>
    <message>
        <source>Archived {name}.</source>
        <translation>تمت أرشفة {name}.</translation>
    </message>
    <message>
        <source>Undone: archived {name}.</source>
        <translation>تم التراجع عن أرشفة {name}.</translation>
    </message>
    <message>
        <source>Brought back {name}.</source>
        <translation>تم استرجاع {name}.</translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s)</source>
        <translation>
            <numerusform>%n دفعة</numerusform>
            <numerusform>%n دفعة</numerusform>
            <numerusform>%n دفعتان</numerusform>
            <numerusform>%n دفعات</numerusform>
            <numerusform>%n دفعةً</numerusform>
            <numerusform>%n دفعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n اعتماد</numerusform>
            <numerusform>%n اعتماد</numerusform>
            <numerusform>%n اعتمادان</numerusform>
            <numerusform>%n اعتمادات</numerusform>
            <numerusform>%n اعتمادًا</numerusform>
            <numerusform>%n اعتماد</numerusform>
        </translation>
    </message>
    <message>
        <source>{cohorts} and {credentials}</source>
        <translation>{cohorts} و{credentials}</translation>
    </message>
    <message>
        <source>Archive {name}? It leaves the list of achievements and cannot be chosen for new cohorts. You can bring it back with “Show archived”.</source>
        <translation>هل تريد أرشفة {name}؟ سيُزال من قائمة الإنجازات ولن يمكن اختياره لدفعات جديدة. يمكنك استرجاعه من «عرض المؤرشفة».</translation>
    </message>
    <message>
        <source>Archive {name}? It leaves the list of achievements and cannot be chosen for new cohorts. Its {kept} stay and verify as before. You can bring it back with “Show archived”.</source>
        <translation>هل تريد أرشفة {name}؟ سيُزال من قائمة الإنجازات ولن يمكن اختياره لدفعات جديدة. وتبقى {kept} ويمكن التحقق منها كما كان من قبل. يمكنك استرجاعه من «عرض المؤرشفة».</translation>
    </message>
    <message>
        <source>Saving makes a new version of this achievement. The endorsement by {endorsers} vouches for the version as it is now, so credentials you issue from now on will not carry it. Ask the endorser to endorse the new version.

Save anyway?</source>
        <translation>يؤدي الحفظ إلى إنشاء نسخة جديدة من هذا الإنجاز. تأييد {endorsers} يخص النسخة كما هي الآن، لذا لن تحمله الاعتمادات التي تصدرها من الآن فصاعدًا. اطلب من الجهة المؤيِّدة تأييد النسخة الجديدة.

هل تريد الحفظ على أي حال؟</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Save achievement</source>
        <translation>حفظ الإنجاز</translation>
    </message>
</context>
<context>
    <name>AlignmentsEditor</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>عنوان الويب</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>الإطار</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Alignments</source>
        <translation>المواءمات</translation>
    </message>
    <message>
        <source>Add alignment</source>
        <translation>إضافة مواءمة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot create the demo workspace</source>
        <translation>تعذّر إنشاء مساحة العمل التجريبية</translation>
    </message>
</context>
<context>
    <name>AssessmentGridModel</name>
    <message>
        <source>Score {low}–{high}</source>
        <translation>الدرجة {low}–{high}</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Level: {levels} (required: {level})</source>
        <translation>المستوى: {levels} (المطلوب: {level})</translation>
    </message>
    <message>
        <source>Level: {levels}</source>
        <translation>المستوى: {levels}</translation>
    </message>
    <message>
        <source>Type p / passed / attended, or f / failed / absent</source>
        <extracomment>name the pass and fail words of your language from core/words.py (STATUS_WORDS): the grid and imports accept those of every shipped language, and p / passed / f / failed too</extracomment>
        <translation>اكتب نعم / ناجح / حاضر، أو لا / راسب / غائب</translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>غير مسجَّل في الدفعة.</translation>
    </message>
    <message>
        <source>{learner}: {reason}</source>
        <translation>{learner}: {reason}</translation>
    </message>
    <message>
        <source>{learner}, {column}: {reason}</source>
        <translation>{learner}، {column}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>{learner}: “{text}” was not saved — {reason} (%n values in red are not saved)</source>
        <translation>
            <numerusform>{learner}: لم يُحفظ «{text}» — {reason} (لم تُحفظ %n قيمة باللون الأحمر)</numerusform>
            <numerusform>{learner}: لم يُحفظ «{text}» — {reason} (لم تُحفظ %n قيمة باللون الأحمر)</numerusform>
            <numerusform>{learner}: لم يُحفظ «{text}» — {reason} (لم تُحفظ %n قيمتان باللون الأحمر)</numerusform>
            <numerusform>{learner}: لم يُحفظ «{text}» — {reason} (لم تُحفظ %n قيم باللون الأحمر)</numerusform>
            <numerusform>{learner}: لم يُحفظ «{text}» — {reason} (لم تُحفظ %n قيمةً باللون الأحمر)</numerusform>
            <numerusform>{learner}: لم يُحفظ «{text}» — {reason} (لم تُحفظ %n قيمة باللون الأحمر)</numerusform>
        </translation>
    </message>
    <message>
        <source>{learner}: “{text}” was not saved — {reason}</source>
        <translation>{learner}: لم يُحفظ «{text}» — {reason}</translation>
    </message>
    <message>
        <source>evidence for {learner}</source>
        <translation>الإثبات الخاص بـ {learner}</translation>
    </message>
    <message>
        <source>{criterion} for {learner}</source>
        <translation>{criterion} لـ {learner}</translation>
    </message>
    <message>
        <source>✓ eligible</source>
        <translation>✓ مؤهَّل</translation>
    </message>
    <message>
        <source>✗ {reasons}</source>
        <translation>✗ {reasons}</translation>
    </message>
    <message>
        <source>Eligible for the credential.</source>
        <translation>مؤهَّل للحصول على الاعتماد.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: {reason}</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المتعلم</translation>
    </message>
    <message>
        <source>{criterion} (optional)</source>
        <translation>{criterion} (اختياري)</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>الأهلية</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>ملاحظة الإثبات</translation>
    </message>
    <message>
        <source>Evidence link</source>
        <translation>رابط الإثبات</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Back up your signing key now</source>
        <translation>انسخ مفتاح التوقيع احتياطيًا الآن</translation>
    </message>
    <message>
        <source>If this computer is lost, a key backup is the only way to keep issuing credentials that verify as yours.</source>
        <translation>إذا فُقد هذا الحاسوب، فالنسخة الاحتياطية للمفتاح هي السبيل الوحيد لمواصلة إصدار اعتمادات يُتحقَّق منها على أنها صادرة عنك.</translation>
    </message>
    <message>
        <source>The backup file is encrypted with your passphrase. Store it somewhere other than this computer: a USB stick in a drawer, or your organisation&apos;s safe storage. Anyone with the file and the passphrase can sign in your name.</source>
        <translation>ملف النسخة الاحتياطية مشفّر بعبارة المرور الخاصة بك. احفظه في مكان غير هذا الحاسوب: ذاكرة USB في درج، أو وحدة التخزين الآمنة لمؤسستك. كل من يملك الملف وعبارة المرور يستطيع التوقيع باسمك.</translation>
    </message>
    <message>
        <source>Back up the signing key…</source>
        <translation>نسخ مفتاح التوقيع احتياطيًا…</translation>
    </message>
    <message>
        <source>Save the key backup</source>
        <translation>حفظ النسخة الاحتياطية للمفتاح</translation>
    </message>
    <message>
        <source>badgesmith-key-backup.json</source>
        <comment>a file name</comment>
        <translation>badgesmith-key-backup.json</translation>
    </message>
    <message>
        <source>Key backup (*.json)</source>
        <translation>نسخة احتياطية للمفتاح (*.json)</translation>
    </message>
    <message>
        <source>✓ Saved to {file}. Keep it safe, away from this computer.</source>
        <translation>✓ حُفظت في {file}. احتفظ بها في مكان آمن بعيدًا عن هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the key passphrase</source>
        <translation>تغيير عبارة مرور المفتاح</translation>
    </message>
    <message>
        <source>Every key (current and retired) is re-encrypted. Key backups made earlier keep the old passphrase.</source>
        <translation>يُعاد تشفير كل مفتاح (الحالي والسابقة). أما النسخ الاحتياطية للمفاتيح المأخوذة من قبل فتبقى بعبارة المرور القديمة.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>أعد كتابتها</translation>
    </message>
    <message>
        <source>The two new passphrases do not match: type the same one twice.</source>
        <translation>عبارتا المرور الجديدتان غير متطابقتين: اكتب العبارة نفسها مرتين.</translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Where will you work?</source>
        <translation>أين ستعمل؟</translation>
    </message>
    <message>
        <source>Badgesmith keeps its data on this computer, or on a database server that several people share.</source>
        <translation>يحفظ Badgesmith بياناته على هذا الحاسوب، أو على خادم قاعدة بيانات يشترك فيه عدة أشخاص.</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>هذا الحاسوب فقط</translation>
    </message>
    <message>
        <source>A shared database (college)</source>
        <translation>قاعدة بيانات مشتركة (معهد أو كلية)</translation>
    </message>
    <message>
        <source>For a trainer or a small team on one computer: everything is kept in one folder, and you set up who awards the credentials next.</source>
        <translation>لمدرّب أو فريق صغير على حاسوب واحد: يُحفظ كل شيء في مجلد واحد، ثم تحدد في الخطوة التالية مَن يمنح الاعتمادات.</translation>
    </message>
    <message>
        <source>For several instructors, each on their own computer, with one register: you sign in to your college&apos;s database server. The first person to connect to a new database sets it up.</source>
        <translation>لعدة مدرّسين، كلٌّ على حاسوبه، بسجل واحد: تسجّل الدخول إلى خادم قاعدة البيانات في مؤسستك. وأول من يتصل بقاعدة بيانات جديدة يُعدّها.</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>New cohort</source>
        <translation>دفعة جديدة</translation>
    </message>
    <message>
        <source>e.g. First Aid — May 2026</source>
        <translation>مثل: الإسعافات الأولية — مايو 2026</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>الاسم *</translation>
    </message>
    <message>
        <source>Achievement *</source>
        <translation>الإنجاز *</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>المدرّب</translation>
    </message>
    <message>
        <source>Define an achievement first (Achievements page): a cohort works towards one.</source>
        <translation>عرّف إنجازًا أولًا (صفحة «الإنجازات»): فكل دفعة تعمل لنيل إنجاز واحد.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Choose the achievement this cohort works towards.</source>
        <translation>اختر الإنجاز الذي تعمل هذه الدفعة لنيله.</translation>
    </message>
</context>
<context>
    <name>CohortsPage</name>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>المتعلمون</translation>
    </message>
    <message>
        <source>New cohort…</source>
        <translation>دفعة جديدة…</translation>
    </message>
    <message>
        <source>Enrol learners…</source>
        <translation>تسجيل متعلمين…</translation>
    </message>
    <message>
        <source>Import results…</source>
        <translation>استيراد النتائج…</translation>
    </message>
    <message>
        <source>Record results for this cohort from a CSV or Excel file</source>
        <translation>تسجيل نتائج هذه الدفعة من ملف CSV أو Excel</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>تصدير النتائج…</translation>
    </message>
    <message>
        <source>Save this cohort&apos;s results as a CSV file (safe to open in a spreadsheet)</source>
        <translation>حفظ نتائج هذه الدفعة في ملف CSV (آمن للفتح في جدول بيانات)</translation>
    </message>
    <message>
        <source>Delete cohort…</source>
        <translation>حذف الدفعة…</translation>
    </message>
    <message>
        <source>Delete a cohort that has not issued any credential (undoable until you close Badgesmith)</source>
        <translation>حذف دفعة لم تُصدر أي اعتماد (يمكن التراجع حتى إغلاق Badgesmith)</translation>
    </message>
    <message>
        <source>Remove from cohort…</source>
        <translation>إزالة من الدفعة…</translation>
    </message>
    <message>
        <source>Take the selected learner out of this cohort, with their results here (undoable until you close Badgesmith)</source>
        <translation>إخراج المتعلم المحدد من هذه الدفعة مع نتائجه فيها (يمكن التراجع حتى إغلاق Badgesmith)</translation>
    </message>
    <message>
        <source>Put back</source>
        <translation>إرجاع</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>الدفعات</translation>
    </message>
    <message>
        <source>Issued</source>
        <comment>column: how many credentials</comment>
        <translation>الصادرة</translation>
    </message>
    <message>
        <source>No cohorts yet. A cohort is one run of a course or event: create one, then enrol learners and record their results.</source>
        <translation>لا توجد دفعات بعد. الدفعة هي دورة واحدة من مقرر أو فعالية: أنشئ دفعة، ثم سجّل فيها المتعلمين ودوّن نتائجهم.</translation>
    </message>
    <message>
        <source>Assessment grid: learners by criteria</source>
        <translation>جدول التقييم: المتعلمون حسب المعايير</translation>
    </message>
    <message>
        <source>Type a value and press Tab (next criterion) or Enter (next learner); each cell is saved as you type. Hover a column heading to see what it accepts. Ctrl+Z undoes, Ctrl+Shift+Z redoes.</source>
        <translation>اكتب قيمة واضغط Tab (المعيار التالي) أو Enter (المتعلم التالي)؛ تُحفظ كل خلية أثناء الكتابة. مرّر المؤشر فوق عنوان عمود لترى ما يقبله. Ctrl+Z للتراجع، وCtrl+Shift+Z للإعادة.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Delete this cohort (undoable until you close Badgesmith)</source>
        <translation>حذف هذه الدفعة (يمكن التراجع حتى إغلاق Badgesmith)</translation>
    </message>
    <message>
        <source>This cohort issued credentials, which stay traceable to it: it cannot be deleted. Archive its achievement to stop offering it.</source>
        <translation>أصدرت هذه الدفعة اعتمادات تبقى مرتبطة بها، لذا لا يمكن حذفها. أرشِف إنجازها لإيقاف تقديمه.</translation>
    </message>
    <message>
        <source>Achievement: {achievement}</source>
        <translation>الإنجاز: {achievement}</translation>
    </message>
    <message>
        <source>Instructor: {instructor}</source>
        <translation>المدرّب: {instructor}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الإثبات</translation>
    </message>
    <message>
        <source>What the learner did, e.g. Calm and methodical in the CPR scenario</source>
        <translation>ما قام به المتعلم، مثل: هادئ ومنهجي في سيناريو الإنعاش القلبي الرئوي</translation>
    </message>
    <message>
        <source>https://… link to a photo, video or document (optional)</source>
        <translation>https://… رابط إلى صورة أو فيديو أو مستند (اختياري)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>Evidence for {learner}</source>
        <translation>الإثبات الخاص بـ {learner}</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} eligible</source>
        <translation>
            <numerusform>المؤهَّلون: %n من {total}</numerusform>
            <numerusform>المؤهَّلون: %n من {total}</numerusform>
            <numerusform>المؤهَّلون: %n من {total}</numerusform>
            <numerusform>المؤهَّلون: %n من {total}</numerusform>
            <numerusform>المؤهَّلون: %n من {total}</numerusform>
            <numerusform>المؤهَّلون: %n من {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>No learners enrolled yet: use “Enrol learners…”.</source>
        <translation>لا يوجد متعلمون مسجَّلون بعد: استخدم «تسجيل متعلمين…».</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ تم الحفظ</translation>
    </message>
    <message>
        <source>{cohort} results.csv</source>
        <translation>نتائج {cohort}.csv</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>تصدير النتائج</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>Results of {cohort} saved to {file}.</source>
        <translation>حُفظت نتائج {cohort} في {file}.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the cohort {cohort}, with its %n enrolment(s) and their results? The learners stay. You can undo this until you close Badgesmith.</source>
        <translation>
            <numerusform>هل تريد حذف الدفعة {cohort} مع %n تسجيل ونتائجها؟ يبقى المتعلمون. يمكنك التراجع عن ذلك حتى إغلاق Badgesmith.</numerusform>
            <numerusform>هل تريد حذف الدفعة {cohort} مع %n تسجيل ونتائجها؟ يبقى المتعلمون. يمكنك التراجع عن ذلك حتى إغلاق Badgesmith.</numerusform>
            <numerusform>هل تريد حذف الدفعة {cohort} مع %n تسجيلين ونتائجها؟ يبقى المتعلمون. يمكنك التراجع عن ذلك حتى إغلاق Badgesmith.</numerusform>
            <numerusform>هل تريد حذف الدفعة {cohort} مع %n تسجيلات ونتائجها؟ يبقى المتعلمون. يمكنك التراجع عن ذلك حتى إغلاق Badgesmith.</numerusform>
            <numerusform>هل تريد حذف الدفعة {cohort} مع %n تسجيلًا ونتائجها؟ يبقى المتعلمون. يمكنك التراجع عن ذلك حتى إغلاق Badgesmith.</numerusform>
            <numerusform>هل تريد حذف الدفعة {cohort} مع %n تسجيل ونتائجها؟ يبقى المتعلمون. يمكنك التراجع عن ذلك حتى إغلاق Badgesmith.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete cohort</source>
        <translation>حذف الدفعة</translation>
    </message>
    <message>
        <source>Deleted the cohort {cohort}.</source>
        <translation>تم حذف الدفعة {cohort}.</translation>
    </message>
    <message>
        <source>Undone: deleted the cohort {cohort}.</source>
        <translation>تم التراجع عن حذف الدفعة {cohort}.</translation>
    </message>
    <message>
        <source>Select a learner in the grid first.</source>
        <translation>حدد متعلمًا في الجدول أولًا.</translation>
    </message>
    <message>
        <source>Remove from cohort</source>
        <translation>إزالة من الدفعة</translation>
    </message>
    <message>
        <source>Remove {learner} from {cohort}, with their results and evidence in it? They stay in your learners. You can undo this until you close Badgesmith.</source>
        <translation>هل تريد إزالة {learner} من {cohort} مع نتائجه وإثباتاته فيها؟ يبقى ضمن المتعلمين لديك. يمكنك التراجع عن ذلك حتى إغلاق Badgesmith.</translation>
    </message>
    <message>
        <source>Removed {learner} from {cohort}.</source>
        <translation>تمت إزالة {learner} من الدفعة {cohort}.</translation>
    </message>
    <message>
        <source>Undone: removed {learner} from {cohort}.</source>
        <translation>تم التراجع عن إزالة {learner} من الدفعة {cohort}.</translation>
    </message>
</context>
<context>
    <name>ColourButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>اختيار لون</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Nobody has set up the shared database {where} yet, and setting it up needs the administrator role. Ask your administrator.</source>
        <translation>لم يُعِدّ أحد قاعدة البيانات المشتركة {where} بعد، وإعدادها يتطلب دور المسؤول. راجع المسؤول.</translation>
    </message>
    <message>
        <source>Connect to a shared database</source>
        <translation>الاتصال بقاعدة بيانات مشتركة</translation>
    </message>
    <message>
        <source>Several people work on one register: each signs in as themselves, and their role says what they may do.</source>
        <translation>يعمل عدة أشخاص على سجل واحد: يسجّل كلٌّ منهم الدخول باسمه، ويحدد دوره ما يحق له فعله.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
</context>
<context>
    <name>ConnectForm</name>
    <message>
        <source>e.g. db.college.lan</source>
        <translation>مثل: db.college.lan</translation>
    </message>
    <message>
        <source>e.g. badgesmith</source>
        <translation>مثل: badgesmith</translation>
    </message>
    <message>
        <source>your sign-in name, e.g. anna</source>
        <translation>اسم المستخدم الخاص بك، مثل: anna</translation>
    </message>
    <message>
        <source>Folder for files</source>
        <translation>مجلد الملفات</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Your administrator gives you these. Badgesmith never saves your password: it asks for it when you open the workspace again.</source>
        <translation>يعطيك المسؤول هذه البيانات. لا يحفظ Badgesmith كلمة المرور أبدًا، بل يطلبها عند فتح مساحة العمل مرة أخرى.</translation>
    </message>
    <message>
        <source>Files on this computer</source>
        <translation>الملفات على هذا الحاسوب</translation>
    </message>
    <message>
        <source>The data (learners, results, credentials) is kept in the database; certificates and e-mail drafts are written to this folder.</source>
        <translation>تُحفظ البيانات (المتعلمون والنتائج والاعتمادات) في قاعدة البيانات، وتُكتب الشهادات ومسودات البريد الإلكتروني في هذا المجلد.</translation>
    </message>
    <message>
        <source>Folder for the shared workspace&apos;s files</source>
        <translation>مجلد ملفات مساحة العمل المشتركة</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <source>— none —</source>
        <translation>— لا يوجد —</translation>
    </message>
    <message>
        <source>{country} ({code})</source>
        <translation>{country} ({code})</translation>
    </message>
    <message>
        <source>Type to find a country</source>
        <translation>اكتب للبحث عن بلد</translation>
    </message>
</context>
<context>
    <name>CredentialsModel</name>
    <message>
        <source>Active</source>
        <translation>سارٍ</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>مُبطَل</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>مُستبدَل</translation>
    </message>
    <message>
        <source>{status} — needs review</source>
        <translation>{status} — يحتاج إلى مراجعة</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>المستلِم</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>الإنجاز</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>ساري حتى</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Credential ID</source>
        <translation>معرّف الاعتماد</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Search credentials</source>
        <translation>البحث في الاعتمادات</translation>
    </message>
    <message>
        <source>Search by learner name, e-mail or credential ID…</source>
        <translation>البحث باسم المتعلم أو بريده الإلكتروني أو معرّف الاعتماد…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>تنتهي صلاحيتها خلال %n يوم</numerusform>
            <numerusform>تنتهي صلاحيتها خلال %n يوم</numerusform>
            <numerusform>تنتهي صلاحيتها خلال %n يومين</numerusform>
            <numerusform>تنتهي صلاحيتها خلال %n أيام</numerusform>
            <numerusform>تنتهي صلاحيتها خلال %n يومًا</numerusform>
            <numerusform>تنتهي صلاحيتها خلال %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>يحتاج إلى مراجعة</translation>
    </message>
    <message>
        <source>Issued between</source>
        <translation>صدرت بين</translation>
    </message>
    <message>
        <source>Issued credentials</source>
        <translation>الاعتمادات الصادرة</translation>
    </message>
    <message>
        <source>No certificate file for this credential.</source>
        <translation>لا يوجد ملف شهادة لهذا الاعتماد.</translation>
    </message>
    <message>
        <source>The certificate as issued. Unlock the signing key to see it as Re-export writes it now.</source>
        <translation>الشهادة كما صدرت. افتح قفل مفتاح التوقيع لترى الشهادة كما تكتبها «إعادة التصدير» الآن.</translation>
    </message>
    <message>
        <source>The credential as signed (JSON)</source>
        <translation>الاعتماد كما وُقّع (JSON)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>الشهادة</translation>
    </message>
    <message>
        <source>Credential (JSON)</source>
        <translation>الاعتماد (JSON)</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>إبطال…</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>إعادة التفعيل</translation>
    </message>
    <message>
        <source>Keep after review</source>
        <translation>إبقاء بعد المراجعة</translation>
    </message>
    <message>
        <source>You looked at this flagged credential and keep it as it is: the flag goes, and the audit log records your decision</source>
        <translation>راجعت هذا الاعتماد المُعلَّم وقررت إبقاءه كما هو: تُزال العلامة، ويسجّل سجل التدقيق قرارك</translation>
    </message>
    <message>
        <source>Re-export…</source>
        <translation>إعادة التصدير…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Print the selected certificates (Ctrl+click selects several); revoked ones are never printed</source>
        <translation>طباعة الشهادات المحددة (Ctrl+نقر لتحديد عدة شهادات)؛ لا تُطبع الشهادات المُبطَلة أبدًا</translation>
    </message>
    <message>
        <source>Publish site…</source>
        <translation>نشر الموقع…</translation>
    </message>
    <message>
        <source>Write the verification page, status lists and issuer profile into your publishing folder (Settings ▸ Publishing), to upload after a revocation.</source>
        <translation>كتابة صفحة التحقق وقوائم الحالة وملف تعريف الجهة المُصدِرة في مجلد النشر (الإعدادات ◂ النشر)، لرفعها إلى موقعك بعد أي إبطال.</translation>
    </message>
    <message>
        <source>and</source>
        <comment>issued between one date and another</comment>
        <translation>و</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>الاعتمادات</translation>
    </message>
    <message>
        <source>All achievements</source>
        <translation>كل الإنجازات</translation>
    </message>
    <message>
        <source>No credentials issued yet: issue some on the Issue page.</source>
        <translation>لم تصدر أي اعتمادات بعد: أصدِرها من صفحة «الإصدار».</translation>
    </message>
    <message>
        <source>{shown} shown of {total} issued</source>
        <translation>{shown} معروضة من أصل {total} صادرة</translation>
    </message>
    <message>
        <source>Select a credential to see it.</source>
        <translation>حدد اعتمادًا لعرضه.</translation>
    </message>
    <message>
        <source>{status} on {date}: {reason}</source>
        <translation>{status} في {date}: {reason}</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <source>Status: {status} · awarded {date}</source>
        <translation>الحالة: {status} · تاريخ المنح {date}</translation>
    </message>
    <message>
        <source>Needs review: {reason}</source>
        <translation>يحتاج إلى مراجعة: {reason}</translation>
    </message>
    <message>
        <source>The learner&apos;s personal data was erased: no certificate is kept. The credential can still be verified and revoked.</source>
        <translation>مُحيت البيانات الشخصية للمتعلم: لا تُحفظ أي شهادة. لا يزال بالإمكان التحقق من الاعتماد وإبطاله.</translation>
    </message>
    <message>
        <source>Loading the certificate…</source>
        <translation>جارٍ تحميل الشهادة…</translation>
    </message>
    <message>
        <source>No certificate file is kept for this credential.</source>
        <translation>لا يُحتفظ بملف شهادة لهذا الاعتماد.</translation>
    </message>
    <message>
        <source>The certificate file is not where it was written; use Re-export to make a fresh copy.</source>
        <translation>ملف الشهادة ليس في المكان الذي كُتب فيه؛ استخدم «إعادة التصدير» لإنشاء نسخة جديدة.</translation>
    </message>
    <message>
        <source>Keep {learner}&apos;s {achievement} as it is? It stays valid, the review mark goes, and the audit log records your decision. (To withdraw it instead, use Revoke….)</source>
        <translation>هل تريد إبقاء {achievement} الخاص بـ {learner} كما هو؟ يبقى صالحًا، وتُزال علامة المراجعة، ويسجّل سجل التدقيق قرارك. (لسحبه بدلًا من ذلك، استخدم «إبطال…».)</translation>
    </message>
    <message>
        <source>Reinstate the credential of {learner} ({achievement})? It was revoked because: {reason}. Once reinstated it verifies as valid again.</source>
        <translation>هل تريد إعادة تفعيل اعتماد {learner} ({achievement})؟ أُبطل للسبب التالي: {reason}. بعد إعادة تفعيله يُتحقَّق منه على أنه صالح مجددًا.</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>لم يُسجَّل سبب</translation>
    </message>
    <message>
        <source>Reinstate credential</source>
        <translation>إعادة تفعيل الاعتماد</translation>
    </message>
    <message>
        <source>Reinstating needs your signing key&apos;s passphrase.</source>
        <translation>تتطلب إعادة التفعيل عبارة مرور مفتاح التوقيع.</translation>
    </message>
    <message>
        <source>Re-export into folder</source>
        <translation>إعادة التصدير إلى مجلد</translation>
    </message>
    <message>
        <source>Written: {first} and {second} in {folder}.</source>
        <translation>كُتب {first} و{second} في {folder}.</translation>
    </message>
    <message>
        <source>Re-exporting signs a fresh QR claim with your key.</source>
        <translation>تُوقِّع إعادة التصدير بيانات رمز QR جديدة بمفتاحك.</translation>
    </message>
    <message>
        <source>{report}

Upload what changed to your website.</source>
        <translation>{report}

ارفع ما تغيّر إلى موقعك الإلكتروني.</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <source>Score</source>
        <translation>درجة</translation>
    </message>
    <message>
        <source>Rubric level</source>
        <translation>مستوى سلّم التقدير</translation>
    </message>
    <message>
        <source>Passed / attended</source>
        <translation>ناجح / حاضر</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>الأدنى</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>الأعلى</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Required level</source>
        <translation>المستوى المطلوب</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>إضافة معيار</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Rubric levels of the selected criterion (lowest first)</source>
        <translation>مستويات سلّم التقدير للمعيار المحدد (الأدنى أولًا)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>إضافة مستوى</translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation>إزالة مستوى</translation>
    </message>
    <message>
        <source>Level {number}</source>
        <translation>المستوى {number}</translation>
    </message>
    <message>
        <source>Criterion &apos;{name}&apos;: {problem}</source>
        <translation>المعيار «{name}»: {problem}</translation>
    </message>
</context>
<context>
    <name>DeliverPage</name>
    <message>
        <source>Each learner&apos;s verification link is signed with your key.</source>
        <translation>يُوقَّع رابط التحقق الخاص بكل متعلم بمفتاحك.</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <source>E-mail each learner their certificate (PDF), credential (JSON) and badge (PNG) through your own mail account, or save the messages as drafts to send from your mail program. Nobody is sent the same credential twice; revoked credentials are never sent.</source>
        <translation>أرسل إلى كل متعلم بالبريد الإلكتروني شهادته (PDF) واعتماده (JSON) وشارته (PNG) عبر حساب بريدك الخاص، أو احفظ الرسائل مسودات لإرسالها من برنامج البريد لديك. لا يُرسَل الاعتماد نفسه إلى أحد مرتين، ولا تُرسَل الاعتمادات المُبطَلة أبدًا.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Mail account…</source>
        <translation>حساب البريد…</translation>
    </message>
    <message>
        <source>Message…</source>
        <translation>الرسالة…</translation>
    </message>
    <message>
        <source>Outbox: who has been sent what</source>
        <translation>صندوق الصادر: ما أُرسل إلى كل متعلم</translation>
    </message>
    <message>
        <source>Copy LinkedIn link</source>
        <translation>نسخ رابط LinkedIn</translation>
    </message>
    <message>
        <source>Open package folder</source>
        <translation>فتح مجلد الحزم</translation>
    </message>
    <message>
        <source>Save drafts instead…</source>
        <translation>حفظ مسودات بدلًا من ذلك…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message numerus="yes">
        <source>{cohort}  (%n issued)</source>
        <translation>
            <numerusform>{cohort}  (الصادرة: %n)</numerusform>
            <numerusform>{cohort}  (الصادرة: %n)</numerusform>
            <numerusform>{cohort}  (الصادرة: %n)</numerusform>
            <numerusform>{cohort}  (الصادرة: %n)</numerusform>
            <numerusform>{cohort}  (الصادرة: %n)</numerusform>
            <numerusform>{cohort}  (الصادرة: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending as {address} through {server}.</source>
        <translation>الإرسال باسم {address} عبر {server}.</translation>
    </message>
    <message>
        <source>No mail account yet: set one up with “Mail account…”, or save drafts instead.</source>
        <translation>لا يوجد حساب بريد بعد: أعدّ حسابًا من «حساب البريد…»، أو احفظ مسودات بدلًا من ذلك.</translation>
    </message>
    <message numerus="yes">
        <source>%n live credential(s)</source>
        <translation>
            <numerusform>%n اعتماد سارٍ</numerusform>
            <numerusform>%n اعتماد سارٍ</numerusform>
            <numerusform>%n اعتمادان ساريان</numerusform>
            <numerusform>%n اعتمادات سارية</numerusform>
            <numerusform>%n اعتمادًا ساريًا</numerusform>
            <numerusform>%n اعتماد سارٍ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>أُرسل: %n</numerusform>
            <numerusform>أُرسل: %n</numerusform>
            <numerusform>أُرسل: %n</numerusform>
            <numerusform>أُرسل: %n</numerusform>
            <numerusform>أُرسل: %n</numerusform>
            <numerusform>أُرسل: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>بانتظار الإرسال: %n</numerusform>
            <numerusform>بانتظار الإرسال: %n</numerusform>
            <numerusform>بانتظار الإرسال: %n</numerusform>
            <numerusform>بانتظار الإرسال: %n</numerusform>
            <numerusform>بانتظار الإرسال: %n</numerusform>
            <numerusform>بانتظار الإرسال: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (sent again with the rest)</source>
        <translation>
            <numerusform>تعذّر إرسال %n (يُعاد مع البقية)</numerusform>
            <numerusform>تعذّر إرسال %n (يُعاد مع البقية)</numerusform>
            <numerusform>تعذّر إرسال %n (يُعاد مع البقية)</numerusform>
            <numerusform>تعذّر إرسال %n (يُعاد مع البقية)</numerusform>
            <numerusform>تعذّر إرسال %n (يُعاد مع البقية)</numerusform>
            <numerusform>تعذّر إرسال %n (يُعاد مع البقية)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an e-mail address</source>
        <translation>
            <numerusform>بلا عنوان بريد إلكتروني: %n</numerusform>
            <numerusform>بلا عنوان بريد إلكتروني: %n</numerusform>
            <numerusform>بلا عنوان بريد إلكتروني: %n</numerusform>
            <numerusform>بلا عنوان بريد إلكتروني: %n</numerusform>
            <numerusform>بلا عنوان بريد إلكتروني: %n</numerusform>
            <numerusform>بلا عنوان بريد إلكتروني: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No live credentials in this cohort yet: issue them first.</source>
        <translation>لا توجد اعتمادات سارية في هذه الدفعة بعد: أصدِرها أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>Send to %n learner(s)</source>
        <translation>
            <numerusform>إرسال إلى %n متعلم</numerusform>
            <numerusform>إرسال إلى %n متعلم</numerusform>
            <numerusform>إرسال إلى %n متعلمَين</numerusform>
            <numerusform>إرسال إلى %n متعلمين</numerusform>
            <numerusform>إرسال إلى %n متعلمًا</numerusform>
            <numerusform>إرسال إلى %n متعلم</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was sent</source>
        <translation>لم يُرسَل شيء</translation>
    </message>
    <message>
        <source>Sending finished</source>
        <translation>اكتمل الإرسال</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>توقف الإرسال</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>فشل الإرسال</translation>
    </message>
    <message>
        <source>Sending to {cohort}…</source>
        <translation>جارٍ الإرسال إلى {cohort}…</translation>
    </message>
    <message>
        <source>Save packages and drafts in</source>
        <translation>حفظ الحزم والمسودات في</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} learners were already e-mailed. Write drafts for them too? (Sending a draft would give them a second copy.)</source>
        <translation>
            <numerusform>سبق إرسال البريد إلى %n من أصل {total} من المتعلمين. هل تريد كتابة مسودات لهم أيضًا؟ (إرسال المسودة يعطيهم نسخة ثانية.)</numerusform>
            <numerusform>سبق إرسال البريد إلى %n من أصل {total} من المتعلمين. هل تريد كتابة مسودات لهم أيضًا؟ (إرسال المسودة يعطيهم نسخة ثانية.)</numerusform>
            <numerusform>سبق إرسال البريد إلى %n من أصل {total} من المتعلمين. هل تريد كتابة مسودات لهم أيضًا؟ (إرسال المسودة يعطيهم نسخة ثانية.)</numerusform>
            <numerusform>سبق إرسال البريد إلى %n من أصل {total} من المتعلمين. هل تريد كتابة مسودات لهم أيضًا؟ (إرسال المسودة يعطيهم نسخة ثانية.)</numerusform>
            <numerusform>سبق إرسال البريد إلى %n من أصل {total} من المتعلمين. هل تريد كتابة مسودات لهم أيضًا؟ (إرسال المسودة يعطيهم نسخة ثانية.)</numerusform>
            <numerusform>سبق إرسال البريد إلى %n من أصل {total} من المتعلمين. هل تريد كتابة مسودات لهم أيضًا؟ (إرسال المسودة يعطيهم نسخة ثانية.)</numerusform>
        </translation>
    </message>
    <message>
        <source>{report}

Open each .eml file in your mail program to send it.</source>
        <translation>{report}

افتح كل ملف بامتداد eml في برنامج البريد لديك لإرساله.</translation>
    </message>
    <message>
        <source>Drafts saved</source>
        <translation>حُفظت المسودات</translation>
    </message>
    <message>
        <source>Saving packages and drafts…</source>
        <translation>جارٍ حفظ الحزم والمسودات…</translation>
    </message>
    <message>
        <source>Copied {learner}&apos;s LinkedIn link:
{url}</source>
        <translation>نُسخ رابط LinkedIn الخاص بـ {learner}:
{url}</translation>
    </message>
    <message>
        <source>LinkedIn link</source>
        <translation>رابط LinkedIn</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Choose a file to verify</source>
        <translation>اختيار ملف للتحقق منه</translation>
    </message>
    <message>
        <source>Drop a certificate or transcript PDF, a credential or learner record (.json) or a photo of the QR code here, or click to choose a file</source>
        <translation>أفلت هنا ملف PDF لشهادة أو كشف سجل، أو ملف اعتماد أو سجل متعلم (JSON)، أو صورة لرمز QR، أو انقر لاختيار ملف</translation>
    </message>
</context>
<context>
    <name>EndorseDialog</name>
    <message>
        <source>Endorse an achievement</source>
        <translation>تأييد إنجاز</translation>
    </message>
    <message>
        <source>Another provider sent you an endorsement request for one of their achievements. Your endorsement is signed with your key, in your issuer name; they add it to the achievement, and the credentials they issue carry it.</source>
        <translation>أرسلت إليك جهة تدريب أخرى طلب تأييد لأحد إنجازاتها. يُوقَّع تأييدك بمفتاحك وباسم جهتك المُصدِرة؛ فتضيفه تلك الجهة إلى الإنجاز، وتحمله الاعتمادات التي تُصدرها.</translation>
    </message>
    <message>
        <source>Choose request…</source>
        <translation>اختيار الطلب…</translation>
    </message>
    <message>
        <source>No request chosen yet.</source>
        <translation>لم يُختر أي طلب بعد.</translation>
    </message>
    <message>
        <source>What you say about it, e.g. why your members value it (optional)</source>
        <translation>رأيك فيه، مثل سبب تقدير أعضائكم له (اختياري)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>ساري حتى</translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation>توقيع وحفظ…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Choose an endorsement request</source>
        <translation>اختيار طلب تأييد</translation>
    </message>
    <message>
        <source>{achievement}, awarded by {provider}
{description}</source>
        <translation>{achievement}، من منح {provider}
{description}</translation>
    </message>
    <message numerus="yes">
        <source>The comment is %n character(s) long; at most {limit} fit.</source>
        <translation>
            <numerusform>عدد أحرف التعليق: %n؛ والحد الأقصى {limit}.</numerusform>
            <numerusform>عدد أحرف التعليق: %n؛ والحد الأقصى {limit}.</numerusform>
            <numerusform>عدد أحرف التعليق: %n؛ والحد الأقصى {limit}.</numerusform>
            <numerusform>عدد أحرف التعليق: %n؛ والحد الأقصى {limit}.</numerusform>
            <numerusform>عدد أحرف التعليق: %n؛ والحد الأقصى {limit}.</numerusform>
            <numerusform>عدد أحرف التعليق: %n؛ والحد الأقصى {limit}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing an endorsement needs your signing key&apos;s passphrase.</source>
        <translation>يتطلب توقيع التأييد عبارة المرور الخاصة بمفتاح التوقيع.</translation>
    </message>
    <message>
        <source>{achievement} - endorsement.json</source>
        <comment>a file name</comment>
        <translation>{achievement} - تأييد.json</translation>
    </message>
    <message>
        <source>Save the signed endorsement</source>
        <translation>حفظ التأييد الموقَّع</translation>
    </message>
    <message>
        <source>Saved your endorsement of {achievement} to {file}. Send it to {provider}, with your issuer card (Settings ▸ Signing keys ▸ Export issuer card…) if they do not have it yet.</source>
        <translation>حُفظ تأييدك لـ {achievement} في {file}. أرسله إلى {provider}، ومعه بطاقة جهتك المُصدِرة (الإعدادات ◂ مفاتيح التوقيع ◂ تصدير بطاقة الجهة المُصدِرة…) إن لم تكن لديهم بعد.</translation>
    </message>
</context>
<context>
    <name>EndorsementSection</name>
    <message>
        <source>For version {number} (earlier)</source>
        <translation>للنسخة {number} (سابقة)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>سارٍ</translation>
    </message>
    <message>
        <source>Endorser</source>
        <translation>الجهة المؤيِّدة</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>ساري حتى</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>بلا تاريخ انتهاء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Endorsements</source>
        <translation>التأييدات</translation>
    </message>
    <message>
        <source>Export endorsement request…</source>
        <translation>تصدير طلب تأييد…</translation>
    </message>
    <message>
        <source>A file with this version of the achievement, for an employer or professional body to sign in their Badgesmith</source>
        <translation>ملف بهذه النسخة من الإنجاز، ليوقّعه صاحب عمل أو هيئة مهنية في Badgesmith لديهم</translation>
    </message>
    <message>
        <source>Add endorsement…</source>
        <translation>إضافة تأييد…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Save the achievement first: an endorsement vouches for it as saved.</source>
        <translation>احفظ الإنجاز أولًا: فالتأييد يشهد له بصيغته المحفوظة.</translation>
    </message>
    <message>
        <source>No endorsements yet. Export a request and send it to an employer or a professional body; add the endorsement they sign and send back. Credentials issued afterwards carry it.</source>
        <translation>لا توجد تأييدات بعد. صدِّر طلبًا وأرسله إلى صاحب عمل أو هيئة مهنية، ثم أضف التأييد الذي يوقّعونه ويعيدونه إليك. وتحمله الاعتمادات الصادرة بعد ذلك.</translation>
    </message>
    <message>
        <source>Each endorsement vouches for one version: after a change that makes a new version, ask for a new endorsement. Credentials already issued keep theirs.</source>
        <translation>يشهد كل تأييد لنسخة واحدة: بعد أي تغيير ينشئ نسخة جديدة، اطلب تأييدًا جديدًا. وتحتفظ الاعتمادات الصادرة من قبل بتأييداتها.</translation>
    </message>
    <message>
        <source>{achievement} - endorsement request.json</source>
        <comment>a file name</comment>
        <translation>{achievement} - طلب تأييد.json</translation>
    </message>
    <message>
        <source>Export endorsement request</source>
        <translation>تصدير طلب تأييد</translation>
    </message>
    <message>
        <source>Wrote {file}. Send it to the employer or professional body: they sign it in their Badgesmith (File ▸ Endorse an achievement…) and send you the endorsement to add here.</source>
        <translation>كُتب {file}. أرسله إلى صاحب العمل أو الهيئة المهنية: يوقّعونه في Badgesmith لديهم (ملف ◂ تأييد إنجاز…) ثم يرسلون إليك التأييد لتضيفه هنا.</translation>
    </message>
    <message>
        <source>Add endorsement</source>
        <translation>إضافة تأييد</translation>
    </message>
    <message>
        <source>Added the endorsement by {endorser}. {status}</source>
        <translation>أُضيف التأييد المقدَّم من {endorser}. {status}</translation>
    </message>
    <message>
        <source>Remove the endorsement by {endorser}? Credentials issued from now on no longer carry it; those issued already keep it.</source>
        <translation>هل تريد إزالة التأييد المقدَّم من {endorser}؟ لن تحمله الاعتمادات الصادرة من الآن فصاعدًا، أما الصادرة من قبل فتحتفظ به.</translation>
    </message>
    <message>
        <source>Remove endorsement</source>
        <translation>إزالة التأييد</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol learners in {cohort}</source>
        <translation>تسجيل متعلمين في {cohort}</translation>
    </message>
    <message>
        <source>Select learners (Ctrl+click or Shift+click for several, Ctrl+A for all shown):</source>
        <translation>حدد المتعلمين (Ctrl+نقر أو Shift+نقر لتحديد عدة متعلمين، وCtrl+A لتحديد كل المعروضين):</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>تصفية…</translation>
    </message>
    <message>
        <source>Enrol selected</source>
        <translation>تسجيل المحددين</translation>
    </message>
    <message>
        <source>Select at least one learner.</source>
        <translation>حدد متعلمًا واحدًا على الأقل.</translation>
    </message>
</context>
<context>
    <name>EraseLearnerDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>محو البيانات الشخصية</translation>
    </message>
    <message>
        <source>I understand that {name}&apos;s data cannot be brought back</source>
        <translation>أدرك أن بيانات {name} لا يمكن استعادتها</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>محو</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>مُحيت البيانات الشخصية</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Permission denied: {file}. Choose a folder you can write to.</source>
        <translation>ليست لديك صلاحية الكتابة: {file}. اختر مجلدًا يمكنك الكتابة فيه.</translation>
    </message>
    <message>
        <source>{reason} ({file}).</source>
        <translation>{reason} ({file}).</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>An internal error stopped this ({error}); nothing was half-written. The details are in the log in {folder}; please report it.</source>
        <translation>أوقف خطأ داخلي هذه العملية ({error})؛ لم يُكتب أي شيء بشكل ناقص. التفاصيل في ملف السجل في {folder}؛ يُرجى الإبلاغ عنه.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>{what} has unsaved changes. Save them?</source>
        <translation>في {what} تغييرات غير محفوظة. هل تريد حفظها؟</translation>
    </message>
    <message>
        <source>{what} has changes that cannot be saved: {reason} Discard them?</source>
        <translation>في {what} تغييرات لا يمكن حفظها: {reason} هل تريد تجاهلها؟</translation>
    </message>
</context>
<context>
    <name>EuSection</name>
    <message>
        <source>Online</source>
        <translation>عبر الإنترنت</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>حضوريًا</translation>
    </message>
    <message>
        <source>Blended (online and on site)</source>
        <translation>مدمج (عبر الإنترنت وحضوريًا)</translation>
    </message>
    <message>
        <source>Not supervised</source>
        <translation>دون إشراف</translation>
    </message>
    <message>
        <source>Supervised, identity not verified</source>
        <translation>بإشراف، دون التحقق من الهوية</translation>
    </message>
    <message>
        <source>Supervised, with identity verification</source>
        <translation>بإشراف مع التحقق من الهوية</translation>
    </message>
    <message>
        <source>Stand-alone</source>
        <translation>مستقلة</translation>
    </message>
    <message>
        <source>Stackable</source>
        <translation>قابلة للتجميع</translation>
    </message>
    <message>
        <source>EU micro-credential</source>
        <translation>الشهادة المصغّرة الأوروبية</translation>
    </message>
    <message>
        <source>One per line: what a learner can do afterwards</source>
        <translation>واحد في كل سطر: ما يستطيع المتعلم فعله بعد ذلك</translation>
    </message>
    <message>
        <source>Notional workload (hours)</source>
        <translation>عبء العمل المقدَّر (بالساعات)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>European Qualifications Framework (EQF)</source>
        <translation>الإطار الأوروبي للمؤهلات (EQF)</translation>
    </message>
    <message>
        <source>Level: framework</source>
        <translation>المستوى: الإطار</translation>
    </message>
    <message>
        <source>EQF, or your national framework</source>
        <translation>EQF، أو إطارك الوطني</translation>
    </message>
    <message>
        <source>Level in the framework</source>
        <translation>المستوى في الإطار</translation>
    </message>
    <message>
        <source>e.g. 4</source>
        <translation>مثل: 4</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>لا ينطبق</translation>
    </message>
    <message>
        <source>The level does not apply</source>
        <translation>المستوى لا ينطبق</translation>
    </message>
    <message>
        <source>e.g. Written test and a practical task observed by an assessor</source>
        <translation>مثل: اختبار كتابي ومهمة عملية يراقبها مقيّم</translation>
    </message>
    <message>
        <source>e.g. Internal moderation of results; the course is reviewed each year</source>
        <translation>مثل: تدقيق داخلي للنتائج، ومراجعة الدورة كل عام</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>التكامل</translation>
    </message>
    <message>
        <source>Stackable towards</source>
        <translation>قابلة للتجميع نحو</translation>
    </message>
    <message>
        <source>a web address or a sentence</source>
        <translation>عنوان ويب أو جملة</translation>
    </message>
    <message>
        <source>ECTS credits: the Credits field above</source>
        <translation>وحدات ECTS: حقل «الساعات المعتمدة» أعلاه</translation>
    </message>
    <message>
        <source>towards</source>
        <comment>stackable towards another credential</comment>
        <translation>نحو</translation>
    </message>
    <message>
        <source>The learner, the title, the date of issue and the awarding body come from each credential; the awarding body&apos;s country from Settings ▸ Issuer profile.</source>
        <translation>يُؤخذ المتعلم والعنوان وتاريخ الإصدار والجهة المانحة من كل اعتماد، ويُؤخذ بلد الجهة المانحة من الإعدادات ◂ الجهة المُصدِرة.</translation>
    </message>
    <message>
        <source>Learning outcomes</source>
        <translation>نواتج التعلّم</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Type of assessment</source>
        <translation>نوع التقييم</translation>
    </message>
    <message>
        <source>Form of participation</source>
        <translation>شكل المشاركة</translation>
    </message>
    <message>
        <source>Type of quality assurance</source>
        <translation>نوع ضمان الجودة</translation>
    </message>
    <message>
        <source>Optional:</source>
        <translation>اختياري:</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>المتطلبات السابقة</translation>
    </message>
    <message>
        <source>Supervision and identity verification</source>
        <translation>الإشراف والتحقق من الهوية</translation>
    </message>
    <message>
        <source>Further information</source>
        <translation>معلومات إضافية</translation>
    </message>
    <message>
        <source>— not given —</source>
        <translation>— غير محدد —</translation>
    </message>
    <message>
        <source>Hide the elements</source>
        <translation>إخفاء العناصر</translation>
    </message>
    <message>
        <source>Show the elements</source>
        <translation>إظهار العناصر</translation>
    </message>
    <message>
        <source>the credential it counts towards</source>
        <translation>الاعتماد الذي يُحتسب ضمنه</translation>
    </message>
</context>
<context>
    <name>ExpiringNotice</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يومين</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credential(s) expire(s) within {period}.</source>
        <translation>
            <numerusform>تنتهي صلاحية %Ln اعتماد خلال {period}.</numerusform>
            <numerusform>تنتهي صلاحية %Ln اعتماد خلال {period}.</numerusform>
            <numerusform>تنتهي صلاحية %Ln اعتمادين خلال {period}.</numerusform>
            <numerusform>تنتهي صلاحية %Ln اعتمادات خلال {period}.</numerusform>
            <numerusform>تنتهي صلاحية %Ln اعتمادًا خلال {period}.</numerusform>
            <numerusform>تنتهي صلاحية %Ln اعتماد خلال {period}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message numerus="yes">
        <source>Show it/them</source>
        <comment>the expiring credentials</comment>
        <translation>
            <numerusform>عرضها</numerusform>
            <numerusform>عرضه</numerusform>
            <numerusform>عرضهما</numerusform>
            <numerusform>عرضها</numerusform>
            <numerusform>عرضها</numerusform>
            <numerusform>عرضها</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>جداول البيانات (*.csv *.xlsx *.txt *.tsv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>اختيار الملف</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with one learner per row. Nothing is imported until you confirm on the last page.</source>
        <translation>ملف CSV أو Excel (xlsx) فيه متعلم واحد في كل صف. لا يُستورد أي شيء حتى تؤكد في الصفحة الأخيرة.</translation>
    </message>
    <message>
        <source>Path to a .csv or .xlsx file</source>
        <translation>مسار ملف csv أو xlsx</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <source>Import learners</source>
        <translation>استيراد المتعلمين</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to Badgesmith</source>
        <translation>مرحبًا بك في Badgesmith</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
</context>
<context>
    <name>Folders</name>
    <message>
        <source>No file manager could be opened here. The folder is:

{folder}</source>
        <translation>تعذّر فتح أي مدير ملفات هنا. المجلد هو:

{folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>نسخ المسار</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Badgesmith user guide</source>
        <translation>دليل استخدام Badgesmith</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation: reinstall Badgesmith.</source>
        <translation>دليل الاستخدام غير موجود في هذا التثبيت: أعد تثبيت Badgesmith.</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>اختيار صورة…</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>بلا صورة</translation>
    </message>
    <message>
        <source>Choose the image</source>
        <translation>اختيار الصورة</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>اختيار شعار…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>بلا شعار</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>اختيار الشعار</translation>
    </message>
    <message>
        <source>Choose background…</source>
        <translation>اختيار خلفية…</translation>
    </message>
    <message>
        <source>No background</source>
        <translation>بلا خلفية</translation>
    </message>
    <message>
        <source>Choose the background</source>
        <translation>اختيار الخلفية</translation>
    </message>
    <message>
        <source>Choose signature…</source>
        <translation>اختيار توقيع…</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>بلا توقيع</translation>
    </message>
    <message>
        <source>Choose the signature</source>
        <translation>اختيار صورة التوقيع</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>(cannot preview)</source>
        <translation>(تتعذّر المعاينة)</translation>
    </message>
</context>
<context>
    <name>ImportLearnersWizard</name>
    <message>
        <source>Import learners</source>
        <translation>استيراد المتعلمين</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>لا يوجد ملف في {path}.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message numerus="yes">
        <source>✓ {file}: %n row(s), {encoding}. {summary}.</source>
        <translation>
            <numerusform>✓ {file}: %n صف، {encoding}. {summary}.</numerusform>
            <numerusform>✓ {file}: %n صف، {encoding}. {summary}.</numerusform>
            <numerusform>✓ {file}: %n صفان، {encoding}. {summary}.</numerusform>
            <numerusform>✓ {file}: %n صفوف، {encoding}. {summary}.</numerusform>
            <numerusform>✓ {file}: %n صفًا، {encoding}. {summary}.</numerusform>
            <numerusform>✓ {file}: %n صف، {encoding}. {summary}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ {file}: %n row(s). {summary}.</source>
        <translation>
            <numerusform>✓ {file}: %n صف. {summary}.</numerusform>
            <numerusform>✓ {file}: %n صف. {summary}.</numerusform>
            <numerusform>✓ {file}: %n صفان. {summary}.</numerusform>
            <numerusform>✓ {file}: %n صفوف. {summary}.</numerusform>
            <numerusform>✓ {file}: %n صفًا. {summary}.</numerusform>
            <numerusform>✓ {file}: %n صف. {summary}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>✓ Will be imported</source>
        <translation>✓ سيُستورد</translation>
    </message>
    <message>
        <source>✗ Error</source>
        <translation>✗ خطأ</translation>
    </message>
    <message>
        <source>Duplicate in file</source>
        <translation>مكرر في الملف</translation>
    </message>
    <message>
        <source>Already in workspace</source>
        <translation>موجود في مساحة العمل</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>رقم الطالب</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Corrected by hand.</source>
        <translation>صُحّح يدويًا.</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>جداول البيانات (*.csv *.tsv *.txt *.xlsx);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Import results — {cohort}</source>
        <translation>استيراد النتائج — {cohort}</translation>
    </message>
    <message>
        <source>A CSV or Excel file with a column per criterion</source>
        <translation>ملف CSV أو Excel فيه عمود لكل معيار</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Record results</source>
        <translation>تسجيل النتائج</translation>
    </message>
    <message>
        <source>Rows name the learner by e-mail, student number or name; columns are named after the criteria (plus optional Assessor, Date, Notes and Evidence URL). Nothing is recorded until you confirm.</source>
        <extracomment>name the optional headings as your language writes them, from core/words.py (HEADINGS: assessor, date, evidence, evidence_url): files may use those of any shipped language, or the English ones</extracomment>
        <translation>تُحدِّد الصفوف المتعلمَ بالبريد الإلكتروني أو رقم الطالب أو الاسم، وتُسمّى الأعمدة بأسماء المعايير (إضافة إلى الأعمدة الاختيارية «المقيّم» و«التاريخ» و«ملاحظة» و«رابط الإثبات»). لا يُسجَّل أي شيء حتى تؤكد.</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>استيراد النتائج</translation>
    </message>
    <message>
        <source>Press Enter to read the file.</source>
        <translation>اضغط Enter لقراءة الملف.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <source>Every row is fine.</source>
        <translation>كل الصفوف سليمة.</translation>
    </message>
    <message numerus="yes">
        <source>Record %n result(s)</source>
        <translation>
            <numerusform>تسجيل %n نتيجة</numerusform>
            <numerusform>تسجيل %n نتيجة</numerusform>
            <numerusform>تسجيل %n نتيجتين</numerusform>
            <numerusform>تسجيل %n نتائج</numerusform>
            <numerusform>تسجيل %n نتيجةً</numerusform>
            <numerusform>تسجيل %n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>{error} Nothing was recorded.</source>
        <translation>{error} لم يُسجَّل أي شيء.</translation>
    </message>
</context>
<context>
    <name>IssuePage</name>
    <message>
        <source>As the achievement&apos;s design</source>
        <translation>كما في تصميم الإنجاز</translation>
    </message>
    <message>
        <source>None (one language)</source>
        <translation>لا شيء (لغة واحدة)</translation>
    </message>
    <message>
        <source>Learners and whether they can be issued a credential</source>
        <translation>المتعلمون وإمكانية إصدار اعتماد لهم</translation>
    </message>
    <message>
        <source>Select a learner to preview their certificate.</source>
        <translation>حدد متعلمًا لمعاينة شهادته.</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>مجلد الشهادات</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Issue again to those already issued (renewal; keeps the award date)</source>
        <translation>إعادة الإصدار لمن صدرت لهم اعتمادات من قبل (تجديد؛ يُحتفظ بتاريخ المنح)</translation>
    </message>
    <message>
        <source>Renew selected…</source>
        <translation>تجديد المحددين…</translation>
    </message>
    <message>
        <source>Issue again to the selected learners only (e.g. after a re-sit, or to replace a revoked credential); Ctrl+click chooses several</source>
        <translation>إعادة الإصدار للمتعلمين المحددين فقط (مثلًا بعد إعادة الاختبار، أو لاستبدال اعتماد مُبطَل)؛ Ctrl+نقر لاختيار عدة متعلمين</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Print the cohort&apos;s print file: every active certificate in the output folder (revoked ones are never printed)</source>
        <translation>طباعة ملف الطباعة للدفعة: كل شهادة سارية في مجلد الإخراج (لا تُطبع الشهادات المُبطَلة أبدًا)</translation>
    </message>
    <message>
        <source>Issue</source>
        <comment>verb: award credentials</comment>
        <translation>إصدار</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>الإنجاز</translation>
    </message>
    <message>
        <source>and</source>
        <comment>a certificate in one language and another</comment>
        <translation>و</translation>
    </message>
    <message>
        <source>Certificate language</source>
        <translation>لغة الشهادة</translation>
    </message>
    <message>
        <source>Preview (not signed; the issued certificate carries your key&apos;s QR code):</source>
        <translation>معاينة (غير موقّعة؛ تحمل الشهادة الصادرة رمز QR الخاص بمفتاحك):</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>مجلد الإخراج</translation>
    </message>
    <message>
        <source>Issue credentials</source>
        <translation>إصدار الاعتمادات</translation>
    </message>
    <message numerus="yes">
        <source>{cohort}  (%n learner(s))</source>
        <translation>
            <numerusform>{cohort}  (%n متعلم)</numerusform>
            <numerusform>{cohort}  (%n متعلم)</numerusform>
            <numerusform>{cohort}  (%n متعلمان)</numerusform>
            <numerusform>{cohort}  (%n متعلمين)</numerusform>
            <numerusform>{cohort}  (%n متعلمًا)</numerusform>
            <numerusform>{cohort}  (%n متعلم)</numerusform>
        </translation>
    </message>
    <message>
        <source>{pathway}  (pathway: choose to see who has completed it)</source>
        <translation>{pathway}  (مسار: اختره لترى من أكمله)</translation>
    </message>
    <message>
        <source>No cohorts yet: create one on the Cohorts &amp; assessment page.</source>
        <translation>لا توجد دفعات بعد: أنشئ دفعة في صفحة «الدفعات والتقييم».</translation>
    </message>
    <message>
        <source>Nothing to preview yet.</source>
        <translation>لا شيء للمعاينة بعد.</translation>
    </message>
    <message>
        <source>No learners are enrolled in this cohort.</source>
        <translation>لا يوجد متعلمون مسجَّلون في هذه الدفعة.</translation>
    </message>
    <message>
        <source>{check}. You can issue all the same: the credentials then leave these elements out. Add them on the Achievements page.</source>
        <translation>{check}. يمكنك الإصدار رغم ذلك، وعندها تخلو الاعتمادات من هذه العناصر. أضفها في صفحة «الإنجازات».</translation>
    </message>
    <message numerus="yes">
        <source>%n ready to issue</source>
        <translation>
            <numerusform>جاهز للإصدار: %n</numerusform>
            <numerusform>جاهز للإصدار: %n</numerusform>
            <numerusform>جاهز للإصدار: %n</numerusform>
            <numerusform>جاهز للإصدار: %n</numerusform>
            <numerusform>جاهز للإصدار: %n</numerusform>
            <numerusform>جاهز للإصدار: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already issued</source>
        <translation>
            <numerusform>صادر من قبل: %n</numerusform>
            <numerusform>صادر من قبل: %n</numerusform>
            <numerusform>صادر من قبل: %n</numerusform>
            <numerusform>صادر من قبل: %n</numerusform>
            <numerusform>صادر من قبل: %n</numerusform>
            <numerusform>صادر من قبل: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not eligible</source>
        <translation>
            <numerusform>غير مؤهَّل: %n</numerusform>
            <numerusform>غير مؤهَّل: %n</numerusform>
            <numerusform>غير مؤهَّل: %n</numerusform>
            <numerusform>غير مؤهَّل: %n</numerusform>
            <numerusform>غير مؤهَّل: %n</numerusform>
            <numerusform>غير مؤهَّل: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked (never renewed with the others)</source>
        <translation>
            <numerusform>مُبطَل: %n (لا يُجدَّد مع الآخرين أبدًا)</numerusform>
            <numerusform>مُبطَل: %n (لا يُجدَّد مع الآخرين أبدًا)</numerusform>
            <numerusform>مُبطَل: %n (لا يُجدَّد مع الآخرين أبدًا)</numerusform>
            <numerusform>مُبطَل: %n (لا يُجدَّد مع الآخرين أبدًا)</numerusform>
            <numerusform>مُبطَل: %n (لا يُجدَّد مع الآخرين أبدًا)</numerusform>
            <numerusform>مُبطَل: %n (لا يُجدَّد مع الآخرين أبدًا)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue %n credential(s)</source>
        <translation>
            <numerusform>إصدار %n اعتماد</numerusform>
            <numerusform>إصدار %n اعتماد</numerusform>
            <numerusform>إصدار %n اعتمادين</numerusform>
            <numerusform>إصدار %n اعتمادات</numerusform>
            <numerusform>إصدار %n اعتمادًا</numerusform>
            <numerusform>إصدار %n اعتماد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %n selected…</source>
        <translation>
            <numerusform>تجديد المحددين (%n)…</numerusform>
            <numerusform>تجديد المحدد (%n)…</numerusform>
            <numerusform>تجديد المحدَّدَين (%n)…</numerusform>
            <numerusform>تجديد المحددين (%n)…</numerusform>
            <numerusform>تجديد المحددين (%n)…</numerusform>
            <numerusform>تجديد المحددين (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>جارٍ التجهيز…</translation>
    </message>
    <message>
        <source>Issuing signs each credential with your key.</source>
        <translation>يُوقِّع الإصدار كل اعتماد بمفتاحك.</translation>
    </message>
    <message>
        <source>{learner}&apos;s credential {credential} was revoked. Renewing issues a new, valid credential; the revoked one stays revoked and keeps showing as revoked to verifiers. Renew it?</source>
        <translation>اعتماد {learner} ({credential}) مُبطَل. التجديد يُصدر اعتمادًا جديدًا صالحًا، ويبقى المُبطَل مُبطَلًا ويظهر كذلك لمن يتحقق منه. هل تريد تجديده؟</translation>
    </message>
    <message>
        <source>Issue {learner} a new credential? It replaces {credential}, which then verifies as replaced by a newer credential; the award date is kept and the old files are moved to the output folder&apos;s &apos;replaced&apos; folder.</source>
        <translation>هل تريد إصدار اعتماد جديد لـ {learner}؟ سيحل محل {credential}، الذي سيظهر عند التحقق منه بأنه استُبدل باعتماد أحدث؛ ويُحتفظ بتاريخ المنح وتُنقل الملفات القديمة إلى المجلد &apos;replaced&apos; داخل مجلد الإخراج.</translation>
    </message>
    <message numerus="yes">
        <source>Issue new credentials to %n learner(s): {names}? Each replaces the learner&apos;s credential, which then verifies as replaced by a newer one; award dates are kept and the old files are moved to the output folder&apos;s &apos;replaced&apos; folder.</source>
        <translation>
            <numerusform>هل تريد إصدار اعتمادات جديدة لـ %n متعلم: {names}؟ يحل كل منها محل اعتماد المتعلم، الذي سيظهر عند التحقق منه بأنه استُبدل باعتماد أحدث؛ ويُحتفظ بتواريخ المنح وتُنقل الملفات القديمة إلى المجلد &apos;replaced&apos; داخل مجلد الإخراج.</numerusform>
            <numerusform>هل تريد إصدار اعتمادات جديدة لـ %n متعلم: {names}؟ يحل كل منها محل اعتماد المتعلم، الذي سيظهر عند التحقق منه بأنه استُبدل باعتماد أحدث؛ ويُحتفظ بتواريخ المنح وتُنقل الملفات القديمة إلى المجلد &apos;replaced&apos; داخل مجلد الإخراج.</numerusform>
            <numerusform>هل تريد إصدار اعتمادات جديدة لـ %n متعلمَين: {names}؟ يحل كل منها محل اعتماد المتعلم، الذي سيظهر عند التحقق منه بأنه استُبدل باعتماد أحدث؛ ويُحتفظ بتواريخ المنح وتُنقل الملفات القديمة إلى المجلد &apos;replaced&apos; داخل مجلد الإخراج.</numerusform>
            <numerusform>هل تريد إصدار اعتمادات جديدة لـ %n متعلمين: {names}؟ يحل كل منها محل اعتماد المتعلم، الذي سيظهر عند التحقق منه بأنه استُبدل باعتماد أحدث؛ ويُحتفظ بتواريخ المنح وتُنقل الملفات القديمة إلى المجلد &apos;replaced&apos; داخل مجلد الإخراج.</numerusform>
            <numerusform>هل تريد إصدار اعتمادات جديدة لـ %n متعلمًا: {names}؟ يحل كل منها محل اعتماد المتعلم، الذي سيظهر عند التحقق منه بأنه استُبدل باعتماد أحدث؛ ويُحتفظ بتواريخ المنح وتُنقل الملفات القديمة إلى المجلد &apos;replaced&apos; داخل مجلد الإخراج.</numerusform>
            <numerusform>هل تريد إصدار اعتمادات جديدة لـ %n متعلم: {names}؟ يحل كل منها محل اعتماد المتعلم، الذي سيظهر عند التحقق منه بأنه استُبدل باعتماد أحدث؛ ويُحتفظ بتواريخ المنح وتُنقل الملفات القديمة إلى المجلد &apos;replaced&apos; داخل مجلد الإخراج.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoked: {names}. Each gets a new, valid credential; the revoked one stays revoked and keeps showing as revoked to verifiers.</source>
        <translation>اعتمادات مُبطَلة: {names}. يحصل كل منهم على اعتماد جديد صالح، ويبقى المُبطَل مُبطَلًا ويظهر كذلك لمن يتحقق منه.</translation>
    </message>
    <message>
        <source>Left out: {names} (not issued yet, not eligible, or the name cannot be printed).</source>
        <translation>مستبعَدون: {names} (لم يصدر لهم اعتماد بعد، أو غير مؤهَّلين، أو تتعذّر طباعة الاسم).</translation>
    </message>
    <message numerus="yes">
        <source>Renew credential(s)</source>
        <translation>
            <numerusform>تجديد الاعتمادات</numerusform>
            <numerusform>تجديد الاعتماد</numerusform>
            <numerusform>تجديد الاعتمادين</numerusform>
            <numerusform>تجديد الاعتمادات</numerusform>
            <numerusform>تجديد الاعتمادات</numerusform>
            <numerusform>تجديد الاعتمادات</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing failed</source>
        <translation>فشل الإصدار</translation>
    </message>
    <message>
        <source>Already being issued</source>
        <translation>الإصدار جارٍ بالفعل</translation>
    </message>
    <message>
        <source>Issuing credentials for {cohort}…</source>
        <translation>جارٍ إصدار الاعتمادات لـ {cohort}…</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} و%n غيرهم</numerusform>
            <numerusform>{names} و%n غيرهم</numerusform>
            <numerusform>{names} و%n غيرهم</numerusform>
            <numerusform>{names} و%n غيرهم</numerusform>
            <numerusform>{names} و%n غيرهم</numerusform>
            <numerusform>{names} و%n غيرهم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuePlanModel</name>
    <message>
        <source>Revoked</source>
        <translation>مُبطَل</translation>
    </message>
    <message>
        <source>Issued — needs review</source>
        <translation>صادر — يحتاج إلى مراجعة</translation>
    </message>
    <message>
        <source>Already issued</source>
        <translation>صادر من قبل</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>غير مؤهَّل</translation>
    </message>
    <message>
        <source>Cannot print name</source>
        <translation>تتعذّر طباعة الاسم</translation>
    </message>
    <message>
        <source>✓ Ready to issue</source>
        <translation>✓ جاهز للإصدار</translation>
    </message>
    <message>
        <source>Renewal skips it: select the learner and use Renew selected.</source>
        <translation>التجديد يتخطاه: حدد المتعلم واستخدم «تجديد المحددين».</translation>
    </message>
    <message>
        <source>A credential it rests on was revoked: keep or revoke it on the Credentials page.</source>
        <translation>أُبطل اعتماد يستند إليه: أبقِه أو أبطِله في صفحة «الاعتمادات».</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المتعلم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>IssueSummaryDialog</name>
    <message>
        <source>Issuing finished</source>
        <translation>اكتمل الإصدار</translation>
    </message>
    <message>
        <source>Issuing stopped</source>
        <translation>توقف الإصدار</translation>
    </message>
    <message>
        <source>Issued {issued} · skipped {skipped} · failed {failed}</source>
        <translation>صدر: {issued} · تُخطّي: {skipped} · فشل: {failed}</translation>
    </message>
    <message>
        <source>Cancelled: the credentials counted as issued are complete. Issue again to finish the rest; nobody gets a duplicate.</source>
        <translation>أُلغي: الاعتمادات المحسوبة صادرةً مكتملة. أعد الإصدار لإكمال البقية؛ لن يحصل أحد على نسخة مكررة.</translation>
    </message>
    <message>
        <source>Print-ready PDF: {file}</source>
        <translation>ملف PDF جاهز للطباعة: {file}</translation>
    </message>
    <message numerus="yes">
        <source>%n revoked certificate(s) left out of the print file.</source>
        <translation>
            <numerusform>استُبعدت من ملف الطباعة %n شهادة مُبطَلة.</numerusform>
            <numerusform>استُبعدت من ملف الطباعة %n شهادة مُبطَلة.</numerusform>
            <numerusform>استُبعدت من ملف الطباعة %n شهادتان مُبطَلتان.</numerusform>
            <numerusform>استُبعدت من ملف الطباعة %n شهادات مُبطَلة.</numerusform>
            <numerusform>استُبعدت من ملف الطباعة %n شهادةً مُبطَلةً.</numerusform>
            <numerusform>استُبعدت من ملف الطباعة %n شهادة مُبطَلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>المجلد: {folder}</translation>
    </message>
    <message>
        <source>drawn with an earlier design or version</source>
        <translation>رُسمت بتصميم أو نسخة سابقة</translation>
    </message>
    <message>
        <source>revoked, not in the print file</source>
        <translation>مُبطَلة، ليست في ملف الطباعة</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
</context>
<context>
    <name>IssuerTab</name>
    <message>
        <source>e.g. 1337 (optional)</source>
        <translation>مثل: 1337 (اختياري)</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>الاسم *</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>عنوان الويب</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>e.g. Leinster, Bavaria (optional)</source>
        <translation>مثل: الشارقة، بافاريا (اختياري)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Credentials name the country (and region) you award from: an EU micro-credential needs it.</source>
        <translation>تذكر الاعتمادات البلد (والمنطقة) الذي تمنحها منه: وهذا مطلوب في الشهادة المصغّرة الأوروبية.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Certificates, messages to learners and the verification page are in this language unless an achievement or a cohort chooses another.</source>
        <translation>تصدر الشهادات والرسائل إلى المتعلمين وصفحة التحقق بهذه اللغة ما لم يختر إنجاز أو دفعة لغة أخرى.</translation>
    </message>
    <message>
        <source>Where certificates are checked online (the verification page, the status list, your domain) is set in the Publishing tab.</source>
        <translation>مكان التحقق من الشهادات عبر الإنترنت (صفحة التحقق، وقائمة الحالة، ونطاقك) يُضبط في تبويب «النشر».</translation>
    </message>
    <message>
        <source>LinkedIn organisation id</source>
        <translation>معرّف المؤسسة على LinkedIn</translation>
    </message>
    <message>
        <source>The number in your LinkedIn company page&apos;s admin address: learners&apos; &quot;Add to profile&quot; links then show your organisation with its logo.</source>
        <translation>الرقم الموجود في عنوان صفحة الإدارة لصفحة شركتك على LinkedIn: عندها تُظهر روابط «إضافة إلى الملف الشخصي» لدى المتعلمين مؤسستك مع شعارها.</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>حفظ ملف التعريف</translation>
    </message>
    <message>
        <source>The issuer profile</source>
        <translation>ملف تعريف الجهة المُصدِرة</translation>
    </message>
    <message>
        <source>The issuer profile is saved. Credentials issued from now on carry it.</source>
        <translation>حُفظ ملف تعريف الجهة المُصدِرة. ستحمله الاعتمادات الصادرة من الآن فصاعدًا.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <source>Protect your signing key</source>
        <translation>احمِ مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Badgesmith makes a new signing key and keeps it encrypted under this passphrase. You will type it when you issue or revoke credentials.</source>
        <translation>يُنشئ Badgesmith مفتاح توقيع جديدًا ويحفظه مشفّرًا بعبارة المرور هذه. ستكتبها عند إصدار الاعتمادات أو إبطالها.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>أعد كتابتها</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln character(s); a short sentence is easy to remember and hard to guess. Nobody can recover it for you.</source>
        <translation>
            <numerusform>%Ln حرف على الأقل؛ الجملة القصيرة سهلة التذكر وصعبة التخمين. لا أحد يستطيع استعادتها لك.</numerusform>
            <numerusform>%Ln حرف على الأقل؛ الجملة القصيرة سهلة التذكر وصعبة التخمين. لا أحد يستطيع استعادتها لك.</numerusform>
            <numerusform>%Ln حرفان على الأقل؛ الجملة القصيرة سهلة التذكر وصعبة التخمين. لا أحد يستطيع استعادتها لك.</numerusform>
            <numerusform>%Ln أحرف على الأقل؛ الجملة القصيرة سهلة التذكر وصعبة التخمين. لا أحد يستطيع استعادتها لك.</numerusform>
            <numerusform>%Ln حرفًا على الأقل؛ الجملة القصيرة سهلة التذكر وصعبة التخمين. لا أحد يستطيع استعادتها لك.</numerusform>
            <numerusform>%Ln حرف على الأقل؛ الجملة القصيرة سهلة التذكر وصعبة التخمين. لا أحد يستطيع استعادتها لك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %Ln character(s).</source>
        <translation>
            <numerusform>يجب أن تتكون عبارة المرور من %Ln حرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور من %Ln حرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور من %Ln حرفين على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور من %Ln أحرف على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور من %Ln حرفًا على الأقل.</numerusform>
            <numerusform>يجب أن تتكون عبارة المرور من %Ln حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases do not match: type the same passphrase twice.</source>
        <translation>عبارتا المرور غير متطابقتين: اكتب عبارة المرور نفسها مرتين.</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>Current (signs new credentials)</source>
        <translation>حالي (يوقّع الاعتمادات الجديدة)</translation>
    </message>
    <message>
        <source>Retired (still verifies)</source>
        <translation>سابق (يبقى صالحًا للتحقق)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Retired</source>
        <comment>column: the day the key was retired</comment>
        <translation>تاريخ الإيقاف</translation>
    </message>
    <message>
        <source>Identifier (did:key)</source>
        <translation>المعرّف (did:key)</translation>
    </message>
    <message>
        <source>Your signing key proves that credentials come from you. Retired keys are kept so that credentials signed with them still verify.</source>
        <translation>يُثبت مفتاح التوقيع أن الاعتمادات صادرة عنك. يُحتفظ بالمفاتيح السابقة كي تبقى الاعتمادات الموقّعة بها صالحة للتحقق.</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>مفاتيح التوقيع</translation>
    </message>
    <message>
        <source>Back up key…</source>
        <translation>نسخ المفتاح احتياطيًا…</translation>
    </message>
    <message>
        <source>Export issuer card…</source>
        <translation>تصدير بطاقة الجهة المُصدِرة…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>Rotate key…</source>
        <translation>تدوير المفتاح…</translation>
    </message>
    <message>
        <source>Back up the signing key</source>
        <translation>نسخ مفتاح التوقيع احتياطيًا</translation>
    </message>
    <message>
        <source>The backup file holds your signing key, encrypted with your passphrase.

Anyone who has this file AND your passphrase can issue credentials in your name. Store it away from this computer (a USB stick in a drawer, your organisation&apos;s safe storage), never next to the passphrase, and never e-mail it.</source>
        <translation>يحتوي ملف النسخة الاحتياطية على مفتاح التوقيع، مشفّرًا بعبارة المرور الخاصة بك.

كل من يملك هذا الملف وعبارة المرور معًا يستطيع إصدار اعتمادات باسمك. احفظه بعيدًا عن هذا الحاسوب (ذاكرة USB في درج، أو وحدة التخزين الآمنة لمؤسستك)، ولا تضعه أبدًا بجانب عبارة المرور، ولا ترسله أبدًا بالبريد الإلكتروني.</translation>
    </message>
    <message>
        <source>Save the key backup</source>
        <translation>حفظ النسخة الاحتياطية للمفتاح</translation>
    </message>
    <message>
        <source>Key backup (*.json)</source>
        <translation>نسخة احتياطية للمفتاح (*.json)</translation>
    </message>
    <message>
        <source>Key backup saved to {path}. Keep it safe, away from this computer.</source>
        <translation>حُفظت النسخة الاحتياطية للمفتاح في {path}. احتفظ بها في مكان آمن بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Save the issuer card</source>
        <translation>حفظ بطاقة الجهة المُصدِرة</translation>
    </message>
    <message>
        <source>Issuer card (*.json)</source>
        <translation>بطاقة الجهة المُصدِرة (*.json)</translation>
    </message>
    <message>
        <source>Issuer card saved to {path}. Share it with anyone who should trust your credentials; it holds no secret.</source>
        <translation>حُفظت بطاقة الجهة المُصدِرة في {path}. شاركها مع كل من ينبغي أن يثق باعتماداتك؛ فهي لا تحتوي على أي سر.</translation>
    </message>
    <message>
        <source>The passphrase is changed. Make a new key backup: older backups still need the old passphrase.</source>
        <translation>تم تغيير عبارة المرور. أنشئ نسخة احتياطية جديدة للمفتاح: فالنسخ الأقدم لا تزال تحتاج إلى عبارة المرور القديمة.</translation>
    </message>
    <message>
        <source>Rotate the signing key</source>
        <translation>تدوير مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Make a new signing key and retire the current one? Credentials already issued still verify. Publish your verification page and issuer card again afterwards.</source>
        <translation>هل تريد إنشاء مفتاح توقيع جديد وإيقاف المفتاح الحالي؟ تبقى الاعتمادات الصادرة من قبل صالحة للتحقق. انشر صفحة التحقق وبطاقة الجهة المُصدِرة من جديد بعد ذلك.</translation>
    </message>
    <message>
        <source>A new signing key is in use. Back it up now (Back up key…).</source>
        <translation>يُستخدم الآن مفتاح توقيع جديد. انسخه احتياطيًا الآن («نسخ المفتاح احتياطيًا…»).</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>Language of Badgesmith</source>
        <translation>لغة Badgesmith</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>لغة النظام ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Badgesmith starts in this language next time. The command badgesmith --lang CODE or the {variable} variable chooses another for one start.</source>
        <translation>يبدأ Badgesmith بهذه اللغة في المرة القادمة. ولاختيار لغة أخرى لتشغيل واحد فقط: badgesmith --lang CODE أو المتغير {variable}.</translation>
    </message>
    <message>
        <source>Saved: {language}, from the next start.</source>
        <translation>حُفظت: {language}، بدءًا من التشغيل القادم.</translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <source>Edit learner</source>
        <translation>تعديل المتعلم</translation>
    </message>
    <message>
        <source>Add learner</source>
        <translation>إضافة متعلم</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>الاسم *</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>رقم الطالب</translation>
    </message>
</context>
<context>
    <name>LearnersModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>رقم الطالب</translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message>
        <source>Filter by name, e-mail or student number…</source>
        <translation>التصفية بالاسم أو البريد الإلكتروني أو رقم الطالب…</translation>
    </message>
    <message>
        <source>Sort by first name</source>
        <translation>الترتيب حسب الاسم الأول</translation>
    </message>
    <message>
        <source>Sort by last name</source>
        <translation>الترتيب حسب اسم العائلة</translation>
    </message>
    <message>
        <source>Last name: the last word of the name</source>
        <translation>اسم العائلة: آخر كلمة في الاسم</translation>
    </message>
    <message>
        <source>Add learner…</source>
        <translation>إضافة متعلم…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete a learner entered by mistake (not one who holds credentials; you can undo it until you close Badgesmith)</source>
        <translation>حذف متعلم أُدخل خطأً (لا يشمل من يحمل اعتمادات؛ يمكنك التراجع حتى إغلاق Badgesmith)</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>محو البيانات الشخصية…</translation>
    </message>
    <message>
        <source>The right to erasure: the learner&apos;s data goes for good, their credentials stay verifiable and revocable</source>
        <translation>الحق في المحو: تُمحى بيانات المتعلم نهائيًا، وتبقى اعتماداته قابلة للتحقق والإبطال</translation>
    </message>
    <message>
        <source>Learner record…</source>
        <translation>سجل المتعلم…</translation>
    </message>
    <message>
        <source>Save the selected learner&apos;s whole record, signed: a PDF transcript (with a QR code and the record inside) or the CLR 2.0 file a wallet or employer reads</source>
        <translation>حفظ السجل الكامل للمتعلم المحدد، موقّعًا: كشف سجل PDF (مع رمز QR والسجل مضمّنًا فيه) أو ملف CLR 2.0 الذي تقرؤه المحفظة الرقمية أو جهة التوظيف</translation>
    </message>
    <message>
        <source>Credential from elsewhere…</source>
        <translation>اعتماد من جهة أخرى…</translation>
    </message>
    <message>
        <source>Add a credential the selected learner earned from an issuer you trust (its JSON or certificate PDF). It is verified first, and counts towards your pathways that name its achievement</source>
        <translation>إضافة اعتماد ناله المتعلم المحدد من جهة مُصدِرة تثق بها (ملف JSON أو PDF الشهادة). يُتحقق منه أولًا، ويُحتسب ضمن مساراتك التي تذكر إنجازه</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Save every learner as a CSV file, in your spreadsheet&apos;s format (safe to open)</source>
        <translation>حفظ كل المتعلمين في ملف CSV بتنسيق جدول البيانات لديك (آمن للفتح)</translation>
    </message>
    <message>
        <source>Import from file…</source>
        <translation>استيراد من ملف…</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>المتعلمون</translation>
    </message>
    <message>
        <source>Find learners</source>
        <translation>البحث عن المتعلمين</translation>
    </message>
    <message>
        <source>No learners yet: add one or import a spreadsheet.</source>
        <translation>لا يوجد متعلمون بعد: أضف متعلمًا أو استورد جدول بيانات.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching</source>
        <comment>learners found by the filter</comment>
        <translation>
            <numerusform>المطابقون: %Ln</numerusform>
            <numerusform>المطابقون: %Ln</numerusform>
            <numerusform>المطابقون: %Ln</numerusform>
            <numerusform>المطابقون: %Ln</numerusform>
            <numerusform>المطابقون: %Ln</numerusform>
            <numerusform>المطابقون: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s)</source>
        <translation>
            <numerusform>%Ln متعلم</numerusform>
            <numerusform>%Ln متعلم</numerusform>
            <numerusform>%Ln متعلمان</numerusform>
            <numerusform>%Ln متعلمين</numerusform>
            <numerusform>%Ln متعلمًا</numerusform>
            <numerusform>%Ln متعلم</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete {name}, with their enrolments and results? You can undo this until you close Badgesmith.</source>
        <translation>هل تريد حذف {name} مع تسجيلاته ونتائجه؟ يمكنك التراجع عن ذلك حتى إغلاق Badgesmith.</translation>
    </message>
    <message>
        <source>Delete learner</source>
        <translation>حذف المتعلم</translation>
    </message>
    <message>
        <source>Deleted {learner}.</source>
        <translation>تم حذف المتعلم {learner}.</translation>
    </message>
    <message>
        <source>Undone: deleted {learner}.</source>
        <translation>تم التراجع عن حذف المتعلم {learner}.</translation>
    </message>
    <message>
        <source>learners.csv</source>
        <comment>a file name</comment>
        <translation>المتعلمون.csv</translation>
    </message>
    <message>
        <source>Export learners</source>
        <translation>تصدير المتعلمين</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>The learners were saved to {file}.</source>
        <translation>حُفظ المتعلمون في {file}.</translation>
    </message>
    <message>
        <source>Select a learner first: their record holds every current credential they earned.</source>
        <translation>حدد متعلمًا أولًا: يضم سجله كل اعتماد سارٍ ناله.</translation>
    </message>
    <message>
        <source>PDF transcript (*.pdf)</source>
        <translation>كشف سجل PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CLR 2.0 learner record (*.json)</source>
        <translation>سجل متعلم CLR 2.0 (*.json)</translation>
    </message>
    <message>
        <source>{name} - record.pdf</source>
        <comment>a file name</comment>
        <translation>{name} - السجل.pdf</translation>
    </message>
    <message>
        <source>Save {name}&apos;s record</source>
        <translation>حفظ سجل {name}</translation>
    </message>
    <message>
        <source>{name}&apos;s record was saved to {file}. It holds personal data: only you can read the file until you share it.</source>
        <translation>حُفظ سجل {name} في {file}. يحتوي على بيانات شخصية: لا يستطيع أحد غيرك قراءة الملف حتى تشاركه.</translation>
    </message>
    <message>
        <source>A learner record is signed: it needs your signing key&apos;s passphrase.</source>
        <translation>سجل المتعلم موقّع: يتطلب عبارة مرور مفتاح التوقيع.</translation>
    </message>
    <message>
        <source>Select the learner who earned the credential first.</source>
        <translation>حدد أولًا المتعلم الذي نال الاعتماد.</translation>
    </message>
    <message>
        <source>Add a credential {name} earned elsewhere</source>
        <translation>إضافة اعتماد ناله {name} من جهة أخرى</translation>
    </message>
    <message>
        <source>Credentials (*.json *.pdf)</source>
        <translation>الاعتمادات (*.json *.pdf)</translation>
    </message>
    <message>
        <source>Added {achievement} from {issuer} to {name}&apos;s record: it counts towards your pathways that name it.</source>
        <translation>أُضيف {achievement} من {issuer} إلى سجل {name}: ويُحتسب ضمن مساراتك التي تذكره.</translation>
    </message>
</context>
<context>
    <name>MailAccountDialog</name>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (عادةً المنفذ 587)</translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation>TLS (عادةً المنفذ 465)</translation>
    </message>
    <message>
        <source>None (only inside a trusted network)</source>
        <translation>بلا (داخل شبكة موثوقة فقط)</translation>
    </message>
    <message>
        <source>Mail account for sending</source>
        <translation>حساب البريد للإرسال</translation>
    </message>
    <message>
        <source>e.g. smtp.example.org</source>
        <translation>مثل: smtp.example.org</translation>
    </message>
    <message>
        <source>the address learners see and can reply to</source>
        <translation>العنوان الذي يراه المتعلمون ويمكنهم الرد عليه</translation>
    </message>
    <message>
        <source>Badgesmith sends through your own account, and only when you press Send. The password is stored encrypted under your signing key&apos;s passphrase.</source>
        <translation>يرسل Badgesmith عبر حسابك الخاص، وفقط عندما تضغط «إرسال». تُحفظ كلمة المرور مشفّرة بعبارة مرور مفتاح التوقيع.</translation>
    </message>
    <message>
        <source>Server *</source>
        <translation>الخادم *</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>اسم المرسل</translation>
    </message>
    <message>
        <source>Sender address *</source>
        <translation>عنوان المرسل *</translation>
    </message>
    <message>
        <source>Send a test message…</source>
        <translation>إرسال رسالة تجريبية…</translation>
    </message>
    <message>
        <source>stored (leave empty to keep it)</source>
        <translation>محفوظة (اتركها فارغة لإبقائها)</translation>
    </message>
    <message>
        <source>The password is stored encrypted under your key&apos;s passphrase.</source>
        <translation>تُحفظ كلمة المرور مشفّرة بعبارة مرور مفتاحك.</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>إرسال رسالة تجريبية</translation>
    </message>
    <message>
        <source>Send a test message to:</source>
        <translation>إرسال رسالة تجريبية إلى:</translation>
    </message>
    <message>
        <source>The server accepted the test message:
{reply}</source>
        <translation>قبِل الخادم الرسالة التجريبية:
{reply}</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>جارٍ اختبار الاتصال…</translation>
    </message>
    <message>
        <source>The stored mail password is encrypted under your key&apos;s passphrase.</source>
        <translation>كلمة مرور البريد المحفوظة مشفّرة بعبارة مرور مفتاحك.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>مساحة عمل &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;فتح مساحة عمل…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>فتح الأخي&amp;رة</translation>
    </message>
    <message>
        <source>Connect to a &amp;shared database…</source>
        <translation>الاتصال بقاعدة بيانات م&amp;شتركة…</translation>
    </message>
    <message>
        <source>&amp;Back up workspace…</source>
        <translation>&amp;نسخ مساحة العمل احتياطيًا…</translation>
    </message>
    <message>
        <source>&amp;Restore workspace…</source>
        <translation>ا&amp;ستعادة مساحة العمل…</translation>
    </message>
    <message>
        <source>&amp;Endorse an achievement…</source>
        <translation>&amp;تأييد إنجاز…</translation>
    </message>
    <message>
        <source>&amp;Unlock signing key…</source>
        <translation>فك قفل &amp;مفتاح التوقيع…</translation>
    </message>
    <message>
        <source>Loc&amp;k signing key</source>
        <translation>&amp;قفل مفتاح التوقيع</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;تعليمات</translation>
    </message>
    <message>
        <source>Badgesmith &amp;user guide</source>
        <translation>&amp;دليل استخدام Badgesmith</translation>
    </message>
    <message>
        <source>&amp;About Badgesmith</source>
        <translation>&amp;حول Badgesmith</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(لا يوجد بعد)</translation>
    </message>
    <message>
        <source>About Badgesmith</source>
        <translation>حول Badgesmith</translation>
    </message>
    <message>
        <source>Badgesmith {version}
Signed Open Badges 3.0 credentials with verifiable paper certificates, offline.</source>
        <translation>Badgesmith {version}
اعتمادات Open Badges 3.0 موقّعة مع شهادات ورقية قابلة للتحقق، دون اتصال بالإنترنت.</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>فك القفل…</translation>
    </message>
    <message>
        <source>Shared database {server}/{database} — {user} ({role})</source>
        <translation>قاعدة البيانات المشتركة {server}/{database} — {user} ({role})</translation>
    </message>
    <message>
        <source>Data: {address}
Files: {folder}</source>
        <translation>البيانات: {address}
الملفات: {folder}</translation>
    </message>
    <message>
        <source>Workspace: {folder}</source>
        <translation>مساحة العمل: {folder}</translation>
    </message>
    <message>
        <source>Signing key: unlocked for this session</source>
        <translation>مفتاح التوقيع: مفتوح لهذه الجلسة</translation>
    </message>
    <message>
        <source>Signing key: locked</source>
        <translation>مفتاح التوقيع: مقفل</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new workspace</source>
        <translation>اختر مجلدًا فارغًا لمساحة العمل الجديدة</translation>
    </message>
    <message>
        <source>{folder} is not empty: choose or create an empty folder.</source>
        <translation>المجلد {folder} ليس فارغًا: اختر مجلدًا فارغًا أو أنشئ واحدًا.</translation>
    </message>
    <message>
        <source>Open a workspace folder</source>
        <translation>فتح مجلد مساحة عمل</translation>
    </message>
    <message>
        <source>There is no Badgesmith workspace in {folder}.</source>
        <translation>لا توجد مساحة عمل Badgesmith في {folder}.</translation>
    </message>
    <message>
        <source>Work is still running. Stop it and open the other workspace? Finished items are kept.</source>
        <translation>لا يزال هناك عمل قيد التنفيذ. هل تريد إيقافه وفتح مساحة العمل الأخرى؟ يُحتفظ بالعناصر المكتملة.</translation>
    </message>
    <message>
        <source>badgesmith-backup-{stamp}.zip</source>
        <comment>a file name</comment>
        <translation>badgesmith-backup-{stamp}.zip</translation>
    </message>
    <message>
        <source>Back up workspace</source>
        <translation>نسخ مساحة العمل احتياطيًا</translation>
    </message>
    <message>
        <source>Backup (*.zip)</source>
        <translation>نسخة احتياطية (*.zip)</translation>
    </message>
    <message>
        <source>Backed up to {file}, signed with your key.</source>
        <translation>حُفظت النسخة الاحتياطية في {file}، موقّعةً بمفتاحك.</translation>
    </message>
    <message>
        <source>The backup is signed with your key, so that a restore can tell it is yours.</source>
        <translation>تُوقَّع النسخة الاحتياطية بمفتاحك، كي تتمكن الاستعادة من التأكد أنها نسختك.</translation>
    </message>
    <message>
        <source>Restore workspace from a backup</source>
        <translation>استعادة مساحة العمل من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restore workspace</source>
        <translation>استعادة مساحة العمل</translation>
    </message>
    <message>
        <source>Replace everything in {folder} with the backup {file}?

{details}

The current data is kept in the workspace&apos;s backups folder.</source>
        <translation>هل تريد استبدال كل ما في {folder} بالنسخة الاحتياطية {file}؟

{details}

تُحفظ البيانات الحالية في مجلد النسخ الاحتياطية لمساحة العمل.</translation>
    </message>
    <message>
        <source>Work is still running. Stop it and restore the backup? Finished items are kept.</source>
        <translation>لا يزال هناك عمل قيد التنفيذ. هل تريد إيقافه واستعادة النسخة الاحتياطية؟ يُحتفظ بالعناصر المكتملة.</translation>
    </message>
    <message>
        <source>Work is still running. Quit anyway? Finished items are kept.</source>
        <translation>لا يزال هناك عمل قيد التنفيذ. هل تريد الخروج على أي حال؟ يُحتفظ بالعناصر المكتملة.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>رقم الطالب</translation>
    </message>
    <message>
        <source>Which column holds what?</source>
        <translation>ماذا يحتوي كل عمود؟</translation>
    </message>
    <message>
        <source>Badgesmith guessed from the column headings; correct it if needed. A full-name column wins over first and last names.</source>
        <translation>خمّن Badgesmith ذلك من عناوين الأعمدة؛ صحّحه إن لزم. يتقدّم عمود الاسم الكامل على عمودي الاسم الأول واسم العائلة.</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(غير موجود في الملف)</translation>
    </message>
    <message>
        <source>{heading}  — column {number}</source>
        <translation>{heading}  — العمود {number}</translation>
    </message>
    <message>
        <source>(no heading)</source>
        <translation>(بلا عنوان)</translation>
    </message>
</context>
<context>
    <name>MessageTemplateDialog</name>
    <message>
        <source>Message to learners</source>
        <translation>رسالة إلى المتعلمين</translation>
    </message>
    <message>
        <source>Choose a language…</source>
        <translation>اختر لغة…</translation>
    </message>
    <message>
        <source>Start from the message in</source>
        <translation>البدء من الرسالة باللغة</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Use this message only for “{achievement}”</source>
        <translation>استخدام هذه الرسالة لـ «{achievement}» فقط</translation>
    </message>
    <message>
        <source>Placeholders: {placeholders}. A line whose placeholders are all empty is left out.</source>
        <translation>العناصر النائبة: {placeholders}. يُحذف السطر الذي تكون كل عناصره النائبة فارغة.</translation>
    </message>
    <message>
        <source>What the first learner would get</source>
        <translation>ما سيتلقاه المتعلم الأول</translation>
    </message>
    <message>
        <source>Issue a credential in this cohort to see a preview.</source>
        <translation>أصدِر اعتمادًا في هذه الدفعة لرؤية معاينة.</translation>
    </message>
    <message>
        <source>(No preview while the message has the mistake named on the left.)</source>
        <translation>(لا معاينة ما دامت الرسالة تحتوي على الخطأ المذكور على اليمين.)</translation>
    </message>
    <message>
        <source>To: {name} &lt;{address}&gt;
Subject: {subject}

{body}

Attached: the certificate (PDF), the credential (JSON), the badge (PNG)</source>
        <translation>إلى: {name} &lt;{address}&gt;
الموضوع: {subject}

{body}

المرفقات: الشهادة (PDF)، والاعتماد (JSON)، والشارة (PNG)</translation>
    </message>
    <message>
        <source>Replace the message</source>
        <translation>استبدال الرسالة</translation>
    </message>
    <message>
        <source>The ready-made message in {language} replaces the subject and the text you wrote. Replace them?</source>
        <translation>ستحلّ الرسالة الجاهزة بلغة {language} محلّ الموضوع والنص اللذين كتبتهما. هل تريد استبدالهما؟</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>تعذّر فتح مساحة العمل</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Not sent yet</source>
        <translation>لم يُرسل بعد</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>حُفظت المسودة</translation>
    </message>
    <message>
        <source>Interrupted while sending</source>
        <translation>انقطع أثناء الإرسال</translation>
    </message>
    <message>
        <source>✓ Sent</source>
        <translation>✓ أُرسل</translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation>✗ فشل</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المتعلم</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>— no address —</source>
        <translation>— بلا عنوان —</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Server&apos;s reply</source>
        <translation>رد الخادم</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>تصدير التقرير…</translation>
    </message>
    <message>
        <source>Save these charts and their figures as a PDF, for a quality review or an accreditor</source>
        <translation>حفظ هذه الرسوم البيانية وأرقامها في ملف PDF، لمراجعة الجودة أو لهيئة الاعتماد</translation>
    </message>
    <message>
        <source>Nothing to show yet. Once you have run a cohort or issued credentials, this page shows how many were issued each month, each cohort&apos;s pass rate, the criteria learners did not meet, and which credentials expire soon.</source>
        <translation>لا شيء لعرضه بعد. بعد أن تُنهي دفعة أو تُصدر اعتمادات، تعرض هذه الصفحة عدد الاعتمادات الصادرة كل شهر، ونسبة النجاح في كل دفعة، والمعايير التي لم يستوفها المتعلمون، والاعتمادات التي تنتهي صلاحيتها قريبًا.</translation>
    </message>
    <message>
        <source>Credentials issued per month</source>
        <translation>الاعتمادات الصادرة شهريًا</translation>
    </message>
    <message>
        <source>Pass rate per cohort</source>
        <translation>نسبة النجاح في كل دفعة</translation>
    </message>
    <message>
        <source>Learners who did not meet each criterion</source>
        <translation>المعايير التي لم يستوفها المتعلمون</translation>
    </message>
    <message>
        <source>Credentials to renew</source>
        <translation>الاعتمادات المطلوب تجديدها</translation>
    </message>
    <message>
        <source>Renew selected…</source>
        <translation>تجديد المحدَّد…</translation>
    </message>
    <message>
        <source>Issue the selected learners new credentials that replace the expiring ones (Ctrl+click chooses several)</source>
        <translation>إصدار اعتمادات جديدة للمتعلمين المحدَّدين تحل محل التي تنتهي صلاحيتها (Ctrl+نقر لاختيار عدة صفوف)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
        <source>{value}%</source>
        <comment>a share in percent</comment>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>{percent} · {count} of {total}</source>
        <translation>{percent} · {count}/{total}</translation>
    </message>
    <message>
        <source>{achievement}: {criterion}</source>
        <translation>{achievement}: {criterion}</translation>
    </message>
    <message>
        <source>{first}–{last} days</source>
        <translation>{first}–{last} يومًا</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) issued in this period.</source>
        <translation>
            <numerusform>صدر %n اعتماد في هذه الفترة.</numerusform>
            <numerusform>صدر %n اعتماد في هذه الفترة.</numerusform>
            <numerusform>صدر %n اعتمادان في هذه الفترة.</numerusform>
            <numerusform>صدرت %n اعتمادات في هذه الفترة.</numerusform>
            <numerusform>صدر %n اعتمادًا في هذه الفترة.</numerusform>
            <numerusform>صدر %n اعتماد في هذه الفترة.</numerusform>
        </translation>
    </message>
    <message>
        <source>No credentials were issued in this period.</source>
        <translation>لم يصدر أي اعتماد في هذه الفترة.</translation>
    </message>
    <message>
        <source>{total} issued from {first} to {last}: {months}.</source>
        <translation>صدر {total} في الفترة من {first} إلى {last}: {months}.</translation>
    </message>
    <message>
        <source>Learners who meet the achievement&apos;s requirements, of those enrolled.</source>
        <translation>نسبة المتعلمين الذين يستوفون متطلبات الإنجاز من بين المسجَّلين.</translation>
    </message>
    <message>
        <source>No cohort with learners ran in this period.</source>
        <translation>لم تُعقد في هذه الفترة أي دفعة فيها متعلمون.</translation>
    </message>
    <message>
        <source>{cohort}: {eligible} of {learners} eligible ({percent})</source>
        <translation>{cohort}: المؤهَّلون {eligible} من {learners} ({percent})</translation>
    </message>
    <message>
        <source>Of the learners assessed on a criterion, the share who did not meet it.</source>
        <translation>نسبة من لم يستوفِ المعيار من بين المتعلمين الذين قُيِّموا عليه.</translation>
    </message>
    <message>
        <source>No results were recorded in this period.</source>
        <translation>لم تُسجَّل أي نتائج في هذه الفترة.</translation>
    </message>
    <message>
        <source>{achievement}, {criterion}: {not_met} of {assessed} did not meet it ({percent})</source>
        <translation>{achievement}، {criterion}: لم يستوفه {not_met} من {assessed} ({percent})</translation>
    </message>
    <message numerus="yes">
        <source>Credentials expiring in the next %n day(s)</source>
        <translation>
            <numerusform>الاعتمادات التي تنتهي صلاحيتها خلال %n يوم</numerusform>
            <numerusform>الاعتمادات التي تنتهي صلاحيتها خلال %n يوم</numerusform>
            <numerusform>الاعتمادات التي تنتهي صلاحيتها خلال %n يومين</numerusform>
            <numerusform>الاعتمادات التي تنتهي صلاحيتها خلال %n أيام</numerusform>
            <numerusform>الاعتمادات التي تنتهي صلاحيتها خلال %n يومًا</numerusform>
            <numerusform>الاعتمادات التي تنتهي صلاحيتها خلال %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) expire soon: select them and renew.</source>
        <translation>
            <numerusform>تنتهي صلاحية %n اعتماد قريبًا: حدِّدها وجدِّدها.</numerusform>
            <numerusform>تنتهي صلاحية %n اعتماد قريبًا: حدِّده وجدِّده.</numerusform>
            <numerusform>تنتهي صلاحية %n اعتمادين قريبًا: حدِّدهما وجدِّدهما.</numerusform>
            <numerusform>تنتهي صلاحية %n اعتمادات قريبًا: حدِّدها وجدِّدها.</numerusform>
            <numerusform>تنتهي صلاحية %n اعتمادًا قريبًا: حدِّدها وجدِّدها.</numerusform>
            <numerusform>تنتهي صلاحية %n اعتماد قريبًا: حدِّدها وجدِّدها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No credential expires in the next %n day(s).</source>
        <translation>
            <numerusform>لا تنتهي صلاحية أي اعتماد خلال %n يوم.</numerusform>
            <numerusform>لا تنتهي صلاحية أي اعتماد خلال %n يوم.</numerusform>
            <numerusform>لا تنتهي صلاحية أي اعتماد خلال %n يومين.</numerusform>
            <numerusform>لا تنتهي صلاحية أي اعتماد خلال %n أيام.</numerusform>
            <numerusform>لا تنتهي صلاحية أي اعتماد خلال %n يومًا.</numerusform>
            <numerusform>لا تنتهي صلاحية أي اعتماد خلال %n يوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>in {first} to {last} days: {count}</source>
        <translation>بعد {first} إلى {last} يومًا: {count}</translation>
    </message>
    <message>
        <source>overview report {period}.pdf</source>
        <comment>a file name</comment>
        <translation>تقرير النظرة العامة {period}.pdf</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The overview report was saved to {file}. It names learners: only you can read the file until you share it.</source>
        <translation>حُفظ تقرير النظرة العامة في {file}. يتضمن أسماء المتعلمين: لا يستطيع أحد غيرك قراءة الملف حتى تشاركه.</translation>
    </message>
    <message numerus="yes">
        <source>Renew %n selected…</source>
        <translation>
            <numerusform>تجديد المحدَّد (%n)…</numerusform>
            <numerusform>تجديد المحدَّد (%n)…</numerusform>
            <numerusform>تجديد المحدَّد (%n)…</numerusform>
            <numerusform>تجديد المحدَّد (%n)…</numerusform>
            <numerusform>تجديد المحدَّد (%n)…</numerusform>
            <numerusform>تجديد المحدَّد (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %n credential(s)? Each learner who still meets the requirements gets a new credential that replaces the expiring one: the award date is kept, and the old files are moved to the &apos;replaced&apos; folder beside them.</source>
        <translation>
            <numerusform>هل تريد تجديد %n اعتماد؟ كل متعلم لا يزال يستوفي المتطلبات يحصل على اعتماد جديد يحل محل الذي تنتهي صلاحيته: ويُحتفظ بتاريخ المنح، وتُنقل الملفات القديمة إلى المجلد &apos;replaced&apos; بجانبها.</numerusform>
            <numerusform>هل تريد تجديد %n اعتماد؟ كل متعلم لا يزال يستوفي المتطلبات يحصل على اعتماد جديد يحل محل الذي تنتهي صلاحيته: ويُحتفظ بتاريخ المنح، وتُنقل الملفات القديمة إلى المجلد &apos;replaced&apos; بجانبها.</numerusform>
            <numerusform>هل تريد تجديد %n اعتمادين؟ كل متعلم لا يزال يستوفي المتطلبات يحصل على اعتماد جديد يحل محل الذي تنتهي صلاحيته: ويُحتفظ بتاريخ المنح، وتُنقل الملفات القديمة إلى المجلد &apos;replaced&apos; بجانبها.</numerusform>
            <numerusform>هل تريد تجديد %n اعتمادات؟ كل متعلم لا يزال يستوفي المتطلبات يحصل على اعتماد جديد يحل محل الذي تنتهي صلاحيته: ويُحتفظ بتاريخ المنح، وتُنقل الملفات القديمة إلى المجلد &apos;replaced&apos; بجانبها.</numerusform>
            <numerusform>هل تريد تجديد %n اعتمادًا؟ كل متعلم لا يزال يستوفي المتطلبات يحصل على اعتماد جديد يحل محل الذي تنتهي صلاحيته: ويُحتفظ بتاريخ المنح، وتُنقل الملفات القديمة إلى المجلد &apos;replaced&apos; بجانبها.</numerusform>
            <numerusform>هل تريد تجديد %n اعتماد؟ كل متعلم لا يزال يستوفي المتطلبات يحصل على اعتماد جديد يحل محل الذي تنتهي صلاحيته: ويُحتفظ بتاريخ المنح، وتُنقل الملفات القديمة إلى المجلد &apos;replaced&apos; بجانبها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to: {folders}</source>
        <translation>يُكتب في: {folders}</translation>
    </message>
    <message>
        <source>Left out: {reasons}</source>
        <translation>المستبعَد: {reasons}</translation>
    </message>
    <message numerus="yes">
        <source>Renew credential(s)</source>
        <translation>
            <numerusform>تجديد الاعتمادات</numerusform>
            <numerusform>تجديد الاعتماد</numerusform>
            <numerusform>تجديد الاعتمادين</numerusform>
            <numerusform>تجديد الاعتمادات</numerusform>
            <numerusform>تجديد الاعتمادات</numerusform>
            <numerusform>تجديد الاعتمادات</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewing signs each new credential with your key.</source>
        <translation>يُوقِّع التجديد كل اعتماد جديد بمفتاحك.</translation>
    </message>
    <message>
        <source>Renewing credentials…</source>
        <translation>جارٍ تجديد الاعتمادات…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>الإنجازات</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>المتعلمون</translation>
    </message>
    <message>
        <source>Cohorts &amp; assessment</source>
        <translation>الدفعات والتقييم</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Deliver</source>
        <translation>التسليم</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>الاعتمادات</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>PathwayDiagram</name>
    <message>
        <source>{title} — {status}</source>
        <translation>{title} — {status}</translation>
    </message>
    <message>
        <source>All of</source>
        <translation>جميع ما يلي</translation>
    </message>
    <message>
        <source>At least {needed} of {total}</source>
        <translation>{needed} على الأقل من {total}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ناقص</translation>
    </message>
    <message>
        <source>✓ held {date}</source>
        <translation>✓ نِيل في {date}</translation>
    </message>
    <message>
        <source>met</source>
        <comment>requirement fulfilled</comment>
        <translation>مستوفى</translation>
    </message>
    <message numerus="yes">
        <source>needs %n more</source>
        <translation>
            <numerusform>المتبقي: %n</numerusform>
            <numerusform>المتبقي: %n</numerusform>
            <numerusform>المتبقي: %n</numerusform>
            <numerusform>المتبقي: %n</numerusform>
            <numerusform>المتبقي: %n</numerusform>
            <numerusform>المتبقي: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>غير لازم</translation>
    </message>
    <message>
        <source>Pathway requirements diagram</source>
        <translation>مخطط متطلبات المسار</translation>
    </message>
</context>
<context>
    <name>PathwaySection</name>
    <message>
        <source>Pathway</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>This achievement is a pathway (earned by holding others)</source>
        <translation>هذا الإنجاز مسار (يُنال بحيازة إنجازات أخرى)</translation>
    </message>
    <message>
        <source>Edit requirements…</source>
        <translation>تعديل المتطلبات…</translation>
    </message>
    <message>
        <source>Search learners by name or e-mail</source>
        <translation>البحث عن المتعلمين بالاسم أو البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Progress for learner</source>
        <translation>تقدّم المتعلم</translation>
    </message>
    <message>
        <source>Progress for learner…</source>
        <translation>تقدّم المتعلم…</translation>
    </message>
    <message>
        <source>achievement {number}</source>
        <translation>الإنجاز {number}</translation>
    </message>
    <message>
        <source>No learner: requirements only</source>
        <translation>بلا متعلم: المتطلبات فقط</translation>
    </message>
    <message>
        <source>{name}: met on {date}.</source>
        <translation>{name}: استُوفي في {date}.</translation>
    </message>
    <message>
        <source>{name}: not yet — {reasons}.</source>
        <translation>{name}: ليس بعد — {reasons}.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>No preview</source>
        <translation>لا توجد معاينة</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>يتعذّر عرض ملف PDF هذا.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Sign-in name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Signs in</source>
        <translation>يسجّل الدخول</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no (removed)</source>
        <translation>لا (أُزيل)</translation>
    </message>
    <message>
        <source>Everyone who signs in to this shared database, and what their role lets them do. The database itself enforces the roles.</source>
        <translation>كل من يسجّل الدخول إلى قاعدة البيانات المشتركة هذه، وما يسمح له دوره بفعله. وقاعدة البيانات نفسها هي التي تفرض الأدوار.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>Add person…</source>
        <translation>إضافة مستخدم…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>تغيير الدور…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>{name} can now sign in as {role}.</source>
        <translation>يستطيع {name} الآن تسجيل الدخول بصفة {role}.</translation>
    </message>
    <message>
        <source>Remove {name}? They can no longer sign in; the audit log keeps what they did under their name.</source>
        <translation>هل تريد إزالة {name}؟ لن يتمكن بعد ذلك من تسجيل الدخول، ويحتفظ سجل التدقيق بما فعله باسمه.</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>إزالة مستخدم</translation>
    </message>
    <message>
        <source>Choose a person in the list first.</source>
        <translation>اختر مستخدمًا في القائمة أولًا.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>إضافة مستخدم</translation>
    </message>
    <message>
        <source>e.g. anna or a.smith</source>
        <translation>مثل: anna أو a.smith</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>أعد كتابتها</translation>
    </message>
    <message>
        <source>Tell them their password in person; they sign in with it on their own computer. Badgesmith does not keep it.</source>
        <translation>أبلغ الشخص بكلمة مروره شخصيًا؛ فهو يسجّل الدخول بها على حاسوبه. ولا يحتفظ بها Badgesmith.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>تغيير الدور</translation>
    </message>
    <message>
        <source>An instructor records learners and results; an issuer also issues and revokes credentials and edits achievements; an administrator also manages people, keys and settings.</source>
        <translation>يسجّل المدرّس المتعلمين والنتائج؛ ويستطيع المُصدِر أيضًا إصدار الاعتمادات وإبطالها وتعديل الإنجازات؛ ويدير المسؤول أيضًا المستخدمين والمفاتيح والإعدادات.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>كلمتا المرور مختلفتان: اكتب كلمة المرور نفسها مرتين.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check before importing</source>
        <translation>التحقق قبل الاستيراد</translation>
    </message>
    <message>
        <source>Each line of the file and what will happen to it. To correct a row that is held back, double-click its name, e-mail or student number (or select it and press F2).</source>
        <translation>كل سطر في الملف وما سيحدث له. لتصحيح صف مُعلَّق، انقر نقرًا مزدوجًا على اسمه أو بريده الإلكتروني أو رقم الطالب (أو حدده واضغط F2).</translation>
    </message>
    <message numerus="yes">
        <source>Import %n learner(s)</source>
        <translation>
            <numerusform>استيراد %n متعلم</numerusform>
            <numerusform>استيراد %n متعلم</numerusform>
            <numerusform>استيراد %n متعلمَين</numerusform>
            <numerusform>استيراد %n متعلمين</numerusform>
            <numerusform>استيراد %n متعلمًا</numerusform>
            <numerusform>استيراد %n متعلم</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>لا شيء للاستيراد</translation>
    </message>
    <message>
        <source>No row of this file can be imported yet: see the reasons above, and correct the rows here or in the file.</source>
        <translation>لا يمكن استيراد أي صف من هذا الملف بعد: راجع الأسباب أعلاه، وصحّح الصفوف هنا أو في الملف.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>{file} cannot be read as a PDF; nothing was printed.</source>
        <translation>تتعذّر قراءة {file} كملف PDF؛ لم يُطبع أي شيء.</translation>
    </message>
    <message>
        <source>The printer {printer} did not accept the job; check it and print again.</source>
        <translation>لم تقبل الطابعة {printer} المهمة؛ افحصها واطبع مجددًا.</translation>
    </message>
    <message>
        <source>The printer stopped taking pages; check it and print again.</source>
        <translation>توقفت الطابعة عن استقبال الصفحات؛ افحصها واطبع مجددًا.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>طباعة {title}</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to {printer}.</source>
        <translation>
            <numerusform>أُرسلت %n صفحة إلى {printer}.</numerusform>
            <numerusform>أُرسلت %n صفحة إلى {printer}.</numerusform>
            <numerusform>أُرسلت %n صفحتان إلى {printer}.</numerusform>
            <numerusform>أُرسلت %n صفحات إلى {printer}.</numerusform>
            <numerusform>أُرسلت %n صفحةً إلى {printer}.</numerusform>
            <numerusform>أُرسلت %n صفحة إلى {printer}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n of {total} pages were sent to {printer}.</source>
        <translation>
            <numerusform>أُلغيت الطباعة بعد إرسال %n من أصل {total} صفحة إلى {printer}.</numerusform>
            <numerusform>أُلغيت الطباعة بعد إرسال %n من أصل {total} صفحة إلى {printer}.</numerusform>
            <numerusform>أُلغيت الطباعة بعد إرسال %n من أصل {total} صفحة إلى {printer}.</numerusform>
            <numerusform>أُلغيت الطباعة بعد إرسال %n من أصل {total} صفحة إلى {printer}.</numerusform>
            <numerusform>أُلغيت الطباعة بعد إرسال %n من أصل {total} صفحة إلى {printer}.</numerusform>
            <numerusform>أُلغيت الطباعة بعد إرسال %n من أصل {total} صفحة إلى {printer}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not printed:
{files}</source>
        <translation>لم يُطبع:
{files}</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>تمت الطباعة</translation>
    </message>
    <message>
        <source>Printing {title}…</source>
        <translation>جارٍ طباعة {title}…</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Who awards the credentials?</source>
        <translation>مَن يمنح الاعتمادات؟</translation>
    </message>
    <message>
        <source>This is printed on every certificate and written into every credential.</source>
        <translation>يُطبع هذا على كل شهادة ويُكتب في كل اعتماد.</translation>
    </message>
    <message>
        <source>e.g. Northbridge Training Collective</source>
        <translation>مثل: مركز الشمال للتدريب</translation>
    </message>
    <message>
        <source>https://…  (optional)</source>
        <translation>https://…  (اختياري)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>الاسم *</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>عنوان الويب</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancelling… finishing the item in progress.</source>
        <translation>جارٍ الإلغاء… يُستكمل العنصر الجاري.</translation>
    </message>
    <message>
        <source>{task}
{done} of {total}: {item}</source>
        <translation>{task}
{done} من {total}: {item}</translation>
    </message>
</context>
<context>
    <name>PublishingTab</name>
    <message>
        <source>Learners&apos; names, achievements and results become public at these addresses, for anyone who finds them. Revoked credentials are removed the next time you publish.</source>
        <translation>تصبح أسماء المتعلمين وإنجازاتهم ونتائجهم علنية على هذه العناوين لكل من يعثر عليها. تُزال الاعتمادات المُبطَلة في المرة التالية التي تنشر فيها.</translation>
    </message>
    <message>
        <source>Publish into which folder?</source>
        <translation>النشر في أي مجلد؟</translation>
    </message>
    <message>
        <source>Publishing signs the status list with your key.</source>
        <translation>يُوقِّع النشر قائمة الحالة بمفتاحك.</translation>
    </message>
    <message>
        <source>Publish writes one folder for your website: the verification page, your issuer profile, the status list that makes revocations visible and, if you use your domain, did.json. Upload the folder to any web host; README.txt in it says where each file goes.</source>
        <translation>يكتب «نشر» مجلدًا واحدًا لموقعك: صفحة التحقق، وملف تعريف الجهة المُصدِرة، وقائمة الحالة التي تُظهر حالات الإبطال، وملف did.json إن كنت تستخدم نطاقك. ارفع المجلد إلى أي خدمة استضافة؛ ويوضح الملف README.txt فيه أين يوضع كل ملف.</translation>
    </message>
    <message>
        <source>example.org, or user.github.io:badges (optional)</source>
        <translation>example.org أو user.github.io:badges (اختياري)</translation>
    </message>
    <message>
        <source>Publish each credential&apos;s JSON (credentials/&lt;id&gt;.json)</source>
        <translation>نشر ملف JSON لكل اعتماد (credentials/&lt;id&gt;.json)</translation>
    </message>
    <message>
        <source>Verification page</source>
        <translation>صفحة التحقق</translation>
    </message>
    <message>
        <source>Each certificate&apos;s QR code opens this page; the certificate&apos;s code stays in the link&apos;s #fragment, which never reaches the server.</source>
        <translation>يفتح رمز QR في كل شهادة هذه الصفحة؛ ويبقى رمز الشهادة في الجزء الذي يلي علامة # في الرابط، وهو جزء لا يصل أبدًا إلى الخادم.</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>قائمة الحالة</translation>
    </message>
    <message>
        <source>Put it in the same folder as the page (for example status/1 beside verify.html): the page then shows whether a certificate was revoked.</source>
        <translation>ضعها في مجلد الصفحة نفسه (مثلًا status/1 بجانب verify.html): عندها تُظهر الصفحة ما إذا كانت الشهادة قد أُبطلت.</translation>
    </message>
    <message>
        <source>Your domain (did:web)</source>
        <translation>نطاقك (did:web)</translation>
    </message>
    <message>
        <source>Leave empty if you have no domain: verifiers then know your key by its fingerprint (did:key). With your domain, credentials name it as the issuer and you upload did.json there; new keys are added to it and old ones kept, so older credentials still verify.</source>
        <translation>اتركه فارغًا إن لم يكن لديك نطاق: عندها يعرف المتحققون مفتاحك ببصمته (did:key). مع نطاقك، تذكره الاعتمادات بوصفه الجهة المُصدِرة وترفع did.json إليه؛ تُضاف المفاتيح الجديدة إليه وتُحفظ القديمة، فتبقى الاعتمادات الأقدم صالحة للتحقق.</translation>
    </message>
    <message>
        <source>{privacy} This gives LinkedIn and wallets a stable address for each credential.</source>
        <translation>{privacy} وهذا يمنح LinkedIn والمحافظ الرقمية عنوانًا ثابتًا لكل اعتماد.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>اختيار مجلد…</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>نشر</translation>
    </message>
    <message>
        <source>Publish into</source>
        <translation>النشر في</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>لم يُختر مجلد بعد.</translation>
    </message>
    <message>
        <source>Saved. Credentials issued from now on carry these addresses.</source>
        <translation>تم الحفظ. ستحمل الاعتمادات الصادرة من الآن فصاعدًا هذه العناوين.</translation>
    </message>
    <message>
        <source>Publish credentials</source>
        <translation>نشر الاعتمادات</translation>
    </message>
    <message>
        <source>{privacy}

Publish them?</source>
        <translation>{privacy}

هل تريد نشرها؟</translation>
    </message>
    <message>
        <source>The publishing settings</source>
        <translation>إعدادات النشر</translation>
    </message>
</context>
<context>
    <name>RenewalsModel</name>
    <message>
        <source>(personal data erased)</source>
        <translation>(مُحيت البيانات الشخصية)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المتعلم</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>الإنجاز</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
</context>
<context>
    <name>RequirementsDialog</name>
    <message>
        <source>Pathway requirements</source>
        <translation>متطلبات المسار</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>المتطلبات</translation>
    </message>
    <message>
        <source>All of these</source>
        <translation>جميع ما يلي</translation>
    </message>
    <message>
        <source>At least N of these</source>
        <translation>N على الأقل مما يلي</translation>
    </message>
    <message>
        <source>Selected group needs</source>
        <translation>ما تحتاجه المجموعة المحددة</translation>
    </message>
    <message>
        <source>N, how many the group needs</source>
        <translation>N، العدد الذي تحتاجه المجموعة</translation>
    </message>
    <message>
        <source>Selected group needs:</source>
        <translation>تحتاج المجموعة المحددة:</translation>
    </message>
    <message>
        <source>N =</source>
        <translation>N =</translation>
    </message>
    <message>
        <source>Achievement to add</source>
        <translation>الإنجاز المراد إضافته</translation>
    </message>
    <message>
        <source>Add achievement</source>
        <translation>إضافة إنجاز</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>إضافة مجموعة</translation>
    </message>
    <message>
        <source>A nested group, e.g. “at least 2 of” inside “all of”</source>
        <translation>مجموعة متداخلة، مثل «2 على الأقل مما يلي» داخل «جميع ما يلي»</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected achievement or group (Delete)</source>
        <translation>إزالة الإنجاز أو المجموعة المحددة (Delete)</translation>
    </message>
    <message>
        <source>Learners earn this achievement by holding the achievements below. Select a group to change what it needs or to add to it.</source>
        <translation>ينال المتعلمون هذا الإنجاز بحيازة الإنجازات أدناه. حدد مجموعة لتغيير ما تحتاجه أو للإضافة إليها.</translation>
    </message>
    <message>
        <source>achievement {number}</source>
        <translation>الإنجاز {number}</translation>
    </message>
    <message numerus="yes">
        <source>At least {needed} of these %n</source>
        <translation>
            <numerusform>{needed} على الأقل من أصل %n</numerusform>
            <numerusform>{needed} على الأقل من أصل %n</numerusform>
            <numerusform>{needed} على الأقل من أصل %n</numerusform>
            <numerusform>{needed} على الأقل من أصل %n</numerusform>
            <numerusform>{needed} على الأقل من أصل %n</numerusform>
            <numerusform>{needed} على الأقل من أصل %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is already in this group.</source>
        <translation>{name} موجود في هذه المجموعة بالفعل.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke credential</source>
        <translation>إبطال الاعتماد</translation>
    </message>
    <message>
        <source>Revoke the credential of {learner}? You can reinstate it later.</source>
        <translation>هل تريد إبطال اعتماد {learner}؟ يمكنك إعادة تفعيله لاحقًا.</translation>
    </message>
    <message>
        <source>Reason, e.g. Issued in error: wrong cohort</source>
        <translation>السبب، مثل: صدر خطأً: دفعة غير صحيحة</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>إبطال</translation>
    </message>
    <message>
        <source>Revoking needs your signing key&apos;s passphrase.</source>
        <translation>يتطلب الإبطال عبارة مرور مفتاح التوقيع.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Certificate design</source>
        <translation>تصميم الشهادة</translation>
    </message>
    <message>
        <source>Issuer profile</source>
        <translation>الجهة المُصدِرة</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>النشر</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>مفاتيح التوقيع</translation>
    </message>
    <message>
        <source>Trusted issuers</source>
        <translation>الجهات الموثوقة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>People</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>SharedPage</name>
    <message>
        <source>Connect to the shared database</source>
        <translation>الاتصال بقاعدة البيانات المشتركة</translation>
    </message>
    <message>
        <source>Each person signs in as themselves; their role says what they may do.</source>
        <translation>يسجّل كل شخص الدخول باسمه، ويحدد دوره ما يحق له فعله.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to the shared database</source>
        <translation>تسجيل الدخول إلى قاعدة البيانات المشتركة</translation>
    </message>
    <message>
        <source>The shared database {where} needs your name and password.</source>
        <translation>تحتاج قاعدة البيانات المشتركة {where} إلى اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Main colour</source>
        <translation>اللون الرئيسي</translation>
    </message>
    <message>
        <source>Accent</source>
        <translation>لون التمييز</translation>
    </message>
    <message>
        <source>Small print</source>
        <translation>النص الصغير</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>Before the name</source>
        <translation>قبل الاسم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Before the achievement</source>
        <translation>قبل الإنجاز</translation>
    </message>
    <message>
        <source>After the achievement</source>
        <translation>بعد الإنجاز</translation>
    </message>
    <message>
        <source>Issue date label</source>
        <translation>تسمية تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Expiry label</source>
        <translation>تسمية تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Top, centred</source>
        <translation>أعلى، في الوسط</translation>
    </message>
    <message>
        <source>Top left</source>
        <translation>أعلى اليسار</translation>
    </message>
    <message>
        <source>Top right</source>
        <translation>أعلى اليمين</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>غير ظاهر</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 مم)</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Letter الأمريكي (8.5 × 11 بوصة)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>أفقي</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>عمودي</translation>
    </message>
    <message>
        <source>The issuer&apos;s language</source>
        <translation>لغة الجهة المُصدِرة</translation>
    </message>
    <message>
        <source>None (one language)</source>
        <translation>لا شيء (لغة واحدة)</translation>
    </message>
    <message>
        <source>Print the EU micro-credential page</source>
        <translation>طباعة صفحة الشهادة المصغّرة الأوروبية</translation>
    </message>
    <message>
        <source>When the achievement has EU micro-credential elements, its certificates list them on a second page.</source>
        <translation>إذا كانت للإنجاز عناصر الشهادة المصغّرة الأوروبية، فإن شهاداته تسردها في صفحة ثانية.</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>الألوان</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>النصوص</translation>
    </message>
    <message>
        <source>Logo and background</source>
        <translation>الشعار والخلفية</translation>
    </message>
    <message>
        <source>Issuer logo</source>
        <translation>شعار الجهة المُصدِرة</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>الخلفية</translation>
    </message>
    <message>
        <source>Signatories (name, title and signature image; up to three)</source>
        <translation>الموقّعون (الاسم والمسمّى الوظيفي وصورة التوقيع؛ حتى ثلاثة)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Title, e.g. Course director</source>
        <translation>المسمّى، مثل: مدير الدورة</translation>
    </message>
    <message>
        <source>Save design</source>
        <translation>حفظ التصميم</translation>
    </message>
    <message>
        <source>Reset to template</source>
        <translation>الرجوع إلى القالب</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>الإنجاز</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
    <message>
        <source>Paper</source>
        <comment>the paper size</comment>
        <translation>الورق</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Second language (bilingual)</source>
        <translation>لغة ثانية (ثنائية اللغة)</translation>
    </message>
    <message>
        <source>The preview appears here.</source>
        <translation>تظهر المعاينة هنا.</translation>
    </message>
    <message>
        <source>this achievement</source>
        <translation>هذا الإنجاز</translation>
    </message>
    <message>
        <source>The certificate design of “{name}”</source>
        <translation>تصميم شهادة «{name}»</translation>
    </message>
    <message>
        <source>Create an achievement first: its certificate design is edited here.</source>
        <translation>أنشئ إنجازًا أولًا: يُعدَّل تصميم شهادته هنا.</translation>
    </message>
    <message>
        <source>Change the template</source>
        <translation>تغيير القالب</translation>
    </message>
    <message>
        <source>Another template replaces the colours, wording and signatories you changed and have not saved. Discard those changes?</source>
        <translation>سيستبدل قالبٌ آخر الألوان والنصوص والموقّعين التي غيّرتها ولم تحفظها. هل تريد تجاهل هذه التغييرات؟</translation>
    </message>
    <message>
        <source>✓ Saved: certificates issued from now on use this design.</source>
        <translation>✓ تم الحفظ: الشهادات الصادرة من الآن فصاعدًا تستخدم هذا التصميم.</translation>
    </message>
</context>
<context>
    <name>TrustTab</name>
    <message>
        <source>Issuer</source>
        <translation>الجهة المُصدِرة</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>عنوان الويب</translation>
    </message>
    <message>
        <source>Identifier (did:key)</source>
        <translation>المعرّف (did:key)</translation>
    </message>
    <message>
        <source>Credentials signed by these issuers verify as trusted. Import the issuer card they gave you (check its fingerprint with them).</source>
        <translation>يُتحقق من الاعتمادات الموقّعة من هذه الجهات بوصفها موثوقة. استورد بطاقة الجهة المُصدِرة التي أعطتك إياها (وتحقق من بصمتها معها).</translation>
    </message>
    <message>
        <source>Trusted issuers</source>
        <translation>الجهات المُصدِرة الموثوقة</translation>
    </message>
    <message>
        <source>No trusted issuers yet.</source>
        <translation>لا توجد جهات موثوقة بعد.</translation>
    </message>
    <message>
        <source>Import issuer card…</source>
        <translation>استيراد بطاقة جهة مُصدِرة…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Import an issuer card</source>
        <translation>استيراد بطاقة جهة مُصدِرة</translation>
    </message>
    <message>
        <source>Issuer card (*.json);;All files (*)</source>
        <translation>بطاقة الجهة المُصدِرة (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>{name} is now trusted (key fingerprint {fingerprint}).</source>
        <translation>{name} الآن جهة موثوقة (بصمة المفتاح {fingerprint}).</translation>
    </message>
    <message>
        <source>Stop trusting {name}?</source>
        <translation>هل تريد إيقاف الثقة بـ {name}؟</translation>
    </message>
    <message>
        <source>Remove trusted issuer</source>
        <translation>إزالة جهة موثوقة</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Put back what was removed (Ctrl+Z)</source>
        <translation>إرجاع ما أُزيل (Ctrl+Z)</translation>
    </message>
    <message>
        <source>{undo} ({count})</source>
        <comment>the Undo button and how many removals it can undo</comment>
        <translation>{undo} ({count})</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the signing key</source>
        <translation>فك قفل مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Signing needs your key&apos;s passphrase. It is kept in memory until you close Badgesmith or lock the key.</source>
        <translation>يتطلب التوقيع عبارة مرور مفتاحك. تبقى في الذاكرة حتى تغلق Badgesmith أو تقفل المفتاح.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فك القفل</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Certificates and credentials (*.pdf *.json *.jsonld *.png *.jpg *.jpeg *.txt);;All files (*)</source>
        <translation>الشهادات والاعتمادات (*.pdf *.json *.jsonld *.png *.jpg *.jpeg *.txt);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>فتح ملف…</translation>
    </message>
    <message>
        <source>Paste the text of a QR code</source>
        <translation>لصق نص رمز QR</translation>
    </message>
    <message>
        <source>…or paste the text of a scanned QR code (or a verification link) here</source>
        <translation>…أو الصق هنا نص رمز QR ممسوح ضوئيًا (أو رابط تحقق)</translation>
    </message>
    <message>
        <source>Verify text</source>
        <translation>التحقق من النص</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>إعادة التحقق</translation>
    </message>
    <message>
        <source>Check the same file or text again, against what this workspace knows now</source>
        <translation>التحقق من الملف أو النص نفسه مجددًا، وفق ما تعرفه مساحة العمل هذه الآن</translation>
    </message>
    <message>
        <source>Verify a credential</source>
        <translation>التحقق من اعتماد</translation>
    </message>
    <message>
        <source>Checks the signature, the issuer&apos;s key (yours, trusted or unknown), the dates, revocation as this workspace knows it, and that the QR code matches the credential. Nothing leaves this computer.</source>
        <translation>يفحص التوقيع، ومفتاح الجهة المُصدِرة (مفتاحك أو موثوق أو مجهول)، والتواريخ، والإبطال كما تعرفه مساحة العمل هذه، وتطابق رمز QR مع الاعتماد. لا يغادر أي شيء هذا الحاسوب.</translation>
    </message>
    <message>
        <source>No credential checked yet.</source>
        <translation>لم يُفحص أي اعتماد بعد.</translation>
    </message>
    <message>
        <source>Verify a file</source>
        <translation>التحقق من ملف</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>النص الملصق</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>تتعذّر قراءته</translation>
    </message>
    <message>
        <source>Checked at {time}</source>
        <translation>فُحص في {time}</translation>
    </message>
    <message>
        <source>{source}: {summary}</source>
        <translation>{source}: {summary}</translation>
    </message>
    <message>
        <source>{what} Compare it with the paper or page in front of you.</source>
        <translation>{what} قارنه بالورقة أو الصفحة التي أمامك.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>الفحوصات</translation>
    </message>
    <message>
        <source>An unnamed achievement</source>
        <translation>إنجاز بلا اسم</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>بلا معرّف</translation>
    </message>
    <message>
        <source>Not this learner</source>
        <translation>ليس لهذا المتعلم</translation>
    </message>
    <message numerus="yes">
        <source>The record&apos;s %n credential(s), each verified on its own</source>
        <translation>
            <numerusform>%n اعتماد في السجل، يُتحقق من كل منها على حدة</numerusform>
            <numerusform>%n اعتماد في السجل، يُتحقق منه على حدة</numerusform>
            <numerusform>%n اعتمادان في السجل، يُتحقق من كل منهما على حدة</numerusform>
            <numerusform>%n اعتمادات في السجل، يُتحقق من كل منها على حدة</numerusform>
            <numerusform>%n اعتمادًا في السجل، يُتحقق من كل منها على حدة</numerusform>
            <numerusform>%n اعتماد في السجل، يُتحقق من كل منها على حدة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebsitePage</name>
    <message>
        <source>Where can people check your certificates?</source>
        <translation>أين يمكن للناس التحقق من شهاداتك؟</translation>
    </message>
    <message>
        <source>A certificate&apos;s QR code can open a page on your website that checks it and shows whether you revoked it.</source>
        <translation>يمكن لرمز QR في الشهادة أن يفتح صفحة على موقعك تتحقق منها وتُظهر ما إذا كنت قد أبطلتها.</translation>
    </message>
    <message>
        <source>Badgesmith writes that page and your list of revoked certificates; you upload them to your website (Settings ▸ Publishing ▸ Publish).</source>
        <translation>يكتب Badgesmith تلك الصفحة وقائمة الشهادات التي أبطلتها؛ وأنت ترفعها إلى موقعك (الإعدادات ◂ النشر ◂ نشر).</translation>
    </message>
    <message>
        <source>I have no website yet</source>
        <translation>ليس لدي موقع إلكتروني بعد</translation>
    </message>
    <message>
        <source>I will put the page on my website</source>
        <translation>سأضع الصفحة على موقعي</translation>
    </message>
    <message>
        <source>Then a phone scanning a certificate shows its code as text (Badgesmith&apos;s Verify page still checks it), and revocations stay on this computer. You can add the addresses later in Settings ▸ Publishing; certificates keep what was set when they were issued.</source>
        <translation>عندها يعرض الهاتف عند مسح الشهادة رمزها كنص (وتظل صفحة «التحقق» في Badgesmith قادرة على فحصه)، وتبقى حالات الإبطال على هذا الحاسوب. يمكنك إضافة العناوين لاحقًا من الإعدادات ◂ النشر؛ وتحتفظ الشهادات بما كان مضبوطًا وقت إصدارها.</translation>
    </message>
    <message>
        <source>example.org, or user.github.io:badges  (optional)</source>
        <translation>example.org أو user.github.io:badges  (اختياري)</translation>
    </message>
    <message>
        <source>Verification page</source>
        <translation>صفحة التحقق</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>قائمة الحالة</translation>
    </message>
    <message>
        <source>The status list is your list of revoked certificates; keep it beside the page.</source>
        <translation>قائمة الحالة هي قائمة شهاداتك المُبطَلة؛ احفظها بجانب الصفحة.</translation>
    </message>
    <message>
        <source>Your domain</source>
        <translation>نطاقك</translation>
    </message>
    <message>
        <source>Only if you own the domain and can upload files to it: credentials then name it as their issuer (did:web). Without it, your key is known by its fingerprint (did:key).</source>
        <translation>فقط إن كنت تملك النطاق وتستطيع رفع ملفات إليه: عندها تذكره الاعتمادات بوصفه الجهة المُصدِرة (did:web). بدونه، يُعرف مفتاحك ببصمته (did:key).</translation>
    </message>
    <message>
        <source>Type the address your verification page will have, or choose “I have no website yet”.</source>
        <translation>اكتب العنوان الذي ستحمله صفحة التحقق، أو اختر «ليس لدي موقع إلكتروني بعد».</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Where your workspace lives</source>
        <translation>مكان مساحة العمل</translation>
    </message>
    <message>
        <source>Achievements, learners, results and issued credentials are kept in one folder.</source>
        <translation>تُحفظ الإنجازات والمتعلمون والنتائج والاعتمادات الصادرة في مجلد واحد.</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>مجلد مساحة العمل</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>اختيار مجلد آخر…</translation>
    </message>
    <message>
        <source>Back it up from File ▸ Back up workspace…; the backup includes the encrypted key.</source>
        <translation>انسخها احتياطيًا من ملف ◂ نسخ مساحة العمل احتياطيًا…؛ وتتضمن النسخة الاحتياطية المفتاح المشفّر.</translation>
    </message>
    <message>
        <source>Where your files live</source>
        <translation>مكان ملفاتك</translation>
    </message>
    <message>
        <source>The data is kept in the shared database; certificates and e-mail drafts are written to this folder on this computer.</source>
        <translation>تُحفظ البيانات في قاعدة البيانات المشتركة، وتُكتب الشهادات ومسودات البريد الإلكتروني في هذا المجلد على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <translation>قاعدة البيانات: {where}</translation>
    </message>
    <message>
        <source>Creating your signing key…</source>
        <translation>جارٍ إنشاء مفتاح التوقيع…</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The credential is not signed (it has no proof).</source>
        <translation>الاعتماد غير موقَّع (ليس فيه إثبات توقيع).</translation>
    </message>
    <message>
        <source>The credential&apos;s proof is malformed.</source>
        <translation>إثبات التوقيع في الاعتماد تالف.</translation>
    </message>
    <message>
        <source>The credential must carry exactly one DataIntegrityProof with the eddsa-rdfc-2022 cryptosuite.</source>
        <translation>يجب أن يحمل الاعتماد إثبات DataIntegrityProof واحدًا بالضبط بحزمة التشفير eddsa-rdfc-2022.</translation>
    </message>
    <message>
        <source>The proof names no verification method.</source>
        <translation>لا يذكر إثبات التوقيع أي طريقة تحقق.</translation>
    </message>
    <message>
        <source>The proof&apos;s purpose is not assertionMethod.</source>
        <translation>غرض إثبات التوقيع ليس assertionMethod.</translation>
    </message>
    <message>
        <source>The signing key cannot be used: {problem}</source>
        <translation>يتعذّر استخدام مفتاح التوقيع: {problem}</translation>
    </message>
    <message>
        <source>The proof&apos;s signature value is malformed.</source>
        <translation>قيمة التوقيع في الإثبات تالفة.</translation>
    </message>
    <message>
        <source>The proof&apos;s @context does not match the credential&apos;s.</source>
        <translation>قيمة @context في الإثبات لا تطابق قيمتها في الاعتماد.</translation>
    </message>
    <message>
        <source>The credential cannot be processed: {problem}</source>
        <translation>تتعذّر معالجة الاعتماد: {problem}</translation>
    </message>
    <message>
        <source>The signature does not match: the credential was altered or signed by another key.</source>
        <translation>التوقيع غير مطابق: عُدِّل الاعتماد أو وُقِّع بمفتاح آخر.</translation>
    </message>
    <message>
        <source>The signature is valid.</source>
        <translation>التوقيع صالح.</translation>
    </message>
    <message>
        <source>Verified: the learner record and each of its {count} credentials are authentic, current and from an issuer you trust.</source>
        <translation>تم التحقق: سجل المتعلم وكل اعتماد من اعتماداته (عددها: {count}) أصلية وسارية وصادرة عن جهة مُصدِرة تثق بها.</translation>
    </message>
    <message>
        <source>Verified: the endorsement is authentic, current and signed by a key you trust.</source>
        <translation>تم التحقق: التأييد أصلي وساري المفعول وموقَّع بمفتاح تثق به.</translation>
    </message>
    <message>
        <source>Verified: the credential is authentic, current and from an issuer you trust; whether that issuer has since revoked it can only be checked with them.</source>
        <translation>تم التحقق: الاعتماد أصلي وسارٍ وصادر عن جهة مُصدِرة تثق بها؛ أما هل أبطلته تلك الجهة بعد ذلك فلا يمكن التأكد منه إلا لديها.</translation>
    </message>
    <message>
        <source>Verified: the credential is authentic, current and from a trusted issuer.</source>
        <translation>تم التحقق: الاعتماد أصلي وسارٍ وصادر عن جهة مُصدِرة موثوقة.</translation>
    </message>
    <message>
        <source>the credential failed a check.</source>
        <translation>لم يجتز الاعتماد أحد الفحوصات.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}: the signature is intact but nobody you trust vouches for this issuer.</source>
        <translation>موقَّع بمفتاح غير معروف {fingerprint}: التوقيع سليم، لكن لا أحد ممن تثق بهم يضمن هذه الجهة المُصدِرة.</translation>
    </message>
    <message>
        <source>Revoked: {reason}</source>
        <translation>مُبطَل: {reason}</translation>
    </message>
    <message>
        <source>Expired: {reason}</source>
        <translation>منتهي الصلاحية: {reason}</translation>
    </message>
    <message>
        <source>Not verified: {reason}</source>
        <translation>لم يُتحقَّق منه: {reason}</translation>
    </message>
    <message>
        <source>Replaced by a newer credential: {reason}</source>
        <translation>استُبدل باعتماد أحدث: {reason}</translation>
    </message>
    <message>
        <source>it was re-issued as {credential}; only the newer credential is current.</source>
        <translation>أُعيد إصداره بالمعرّف {credential}؛ والاعتماد الأحدث وحده هو الساري.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s current key {fingerprint}. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>موقَّع بالمفتاح الحالي {fingerprint} لمساحة العمل هذه. البصمة رمز قصير يُحسب من المفتاح العام (did:key): الرمز نفسه من الجهة المُصدِرة يعني المفتاح نفسه.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s retired key {fingerprint}, kept for verification. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>موقَّع بالمفتاح السابق {fingerprint} لمساحة العمل هذه، المحفوظ للتحقق. البصمة رمز قصير يُحسب من المفتاح العام (did:key): الرمز نفسه من الجهة المُصدِرة يعني المفتاح نفسه.</translation>
    </message>
    <message>
        <source>Signed by the key {fingerprint} of an issuer you imported as trusted. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>موقَّع بالمفتاح {fingerprint} لجهة مُصدِرة استوردتها بوصفها موثوقة. البصمة رمز قصير يُحسب من المفتاح العام (did:key): الرمز نفسه من الجهة المُصدِرة يعني المفتاح نفسه.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}. A fingerprint is a short code computed from the public key (did:key): the same code from the issuer means the same key.</source>
        <translation>موقَّع بمفتاح غير معروف {fingerprint}. البصمة رمز قصير يُحسب من المفتاح العام (did:key): الرمز نفسه من الجهة المُصدِرة يعني المفتاح نفسه.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s current key {fingerprint}. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>موقَّع بالمفتاح الحالي {fingerprint} لمساحة العمل هذه. يذكر الاعتماد جهته المُصدِرة بنطاق الويب {domain} (did:web)، الذي يُدرج مستند DID الخاص به هذا المفتاح.</translation>
    </message>
    <message>
        <source>Signed by this workspace&apos;s retired key {fingerprint}, kept for verification. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>موقَّع بالمفتاح السابق {fingerprint} لمساحة العمل هذه، المحفوظ للتحقق. يذكر الاعتماد جهته المُصدِرة بنطاق الويب {domain} (did:web)، الذي يُدرج مستند DID الخاص به هذا المفتاح.</translation>
    </message>
    <message>
        <source>Signed by the key {fingerprint} of an issuer you imported as trusted. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>موقَّع بالمفتاح {fingerprint} لجهة مُصدِرة استوردتها بوصفها موثوقة. يذكر الاعتماد جهته المُصدِرة بنطاق الويب {domain} (did:web)، الذي يُدرج مستند DID الخاص به هذا المفتاح.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}. The credential names its issuer by the web domain {domain} (did:web), whose DID document lists this key.</source>
        <translation>موقَّع بمفتاح غير معروف {fingerprint}. يذكر الاعتماد جهته المُصدِرة بنطاق الويب {domain} (did:web)، الذي يُدرج مستند DID الخاص به هذا المفتاح.</translation>
    </message>
    <message>
        <source>The credential has no valid validFrom date.</source>
        <translation>ليس للاعتماد تاريخ validFrom صالح.</translation>
    </message>
    <message>
        <source>The credential only becomes valid on {moment}.</source>
        <translation>لا يصبح الاعتماد ساريًا إلا في {moment}.</translation>
    </message>
    <message>
        <source>Valid from {moment}.</source>
        <translation>ساري المفعول من {moment}.</translation>
    </message>
    <message>
        <source>The credential does not expire.</source>
        <translation>لا تنتهي صلاحية الاعتماد.</translation>
    </message>
    <message>
        <source>The credential&apos;s validUntil date is malformed.</source>
        <translation>تاريخ validUntil في الاعتماد تالف.</translation>
    </message>
    <message>
        <source>The credential expired on {moment}.</source>
        <translation>انتهت صلاحية الاعتماد في {moment}.</translation>
    </message>
    <message>
        <source>Valid until {moment}.</source>
        <translation>ساري المفعول حتى {moment}.</translation>
    </message>
    <message>
        <source>The file does not hold a credential (a JSON object).</source>
        <translation>لا يحتوي الملف على اعتماد (كائن JSON).</translation>
    </message>
    <message>
        <source>The credential&apos;s JSON shows a different {fields} from what its signature covers.</source>
        <translation>يعرض JSON الاعتماد بيانات مختلفة ({fields}) عمّا يغطيه توقيعه.</translation>
    </message>
    <message>
        <source>What the credential shows is what was signed.</source>
        <translation>ما يعرضه الاعتماد هو ما وُقِّع.</translation>
    </message>
    <message>
        <source>The signing key cannot be attributed without a valid signature.</source>
        <translation>لا يمكن نسبة مفتاح التوقيع إلى أحد دون توقيع صالح.</translation>
    </message>
    <message>
        <source>No signing key to compare with the issuer.</source>
        <translation>لا يوجد مفتاح توقيع لمقارنته بالجهة المُصدِرة.</translation>
    </message>
    <message>
        <source>The issuer named in the credential holds the signing key.</source>
        <translation>الجهة المُصدِرة المذكورة في الاعتماد تملك مفتاح التوقيع.</translation>
    </message>
    <message>
        <source>The credential names issuer {issuer} but was signed by another key ({fingerprint}).</source>
        <translation>يذكر الاعتماد الجهة المُصدِرة {issuer} لكنه وُقِّع بمفتاح آخر ({fingerprint}).</translation>
    </message>
    <message>
        <source>The dates cannot be read from a credential that cannot be processed.</source>
        <translation>لا يمكن قراءة التواريخ من اعتماد تتعذّر معالجته.</translation>
    </message>
    <message>
        <source>The issuer revoked this credential on {day}: {reason}</source>
        <translation>أبطلت الجهة المُصدِرة هذا الاعتماد في {day}: {reason}</translation>
    </message>
    <message>
        <source>The issuer revoked this credential: {reason}</source>
        <translation>أبطلت الجهة المُصدِرة هذا الاعتماد: {reason}</translation>
    </message>
    <message>
        <source>A learner record has no status of its own: each credential in it is checked for revocation below.</source>
        <translation>ليس لسجل المتعلم حالة خاصة به: يُفحص كل اعتماد فيه أدناه للتأكد من عدم إبطاله.</translation>
    </message>
    <message>
        <source>Whether its issuer has revoked it cannot be known here: only the issuer&apos;s own records say so (its status list: {list}).</source>
        <translation>لا يمكن أن يُعرف هنا هل أبطلته جهته المُصدِرة: لا يذكر ذلك إلا سجلات الجهة المُصدِرة نفسها (قائمة الحالة الخاصة بها: {list}).</translation>
    </message>
    <message>
        <source>Whether its issuer has revoked it cannot be known here: only the issuer&apos;s own records say so.</source>
        <translation>لا يمكن أن يُعرف هنا هل أبطلته جهته المُصدِرة: لا يذكر ذلك إلا سجلات الجهة المُصدِرة نفسها.</translation>
    </message>
    <message>
        <source>Not revoked: this workspace issued it and has not revoked it.</source>
        <translation>غير مُبطَل: أصدرته مساحة العمل هذه ولم تُبطله.</translation>
    </message>
    <message>
        <source>Conforms to the official Open Badges 3.0 JSON Schema.</source>
        <translation>مطابق لمخطط JSON الرسمي لـ Open Badges 3.0.</translation>
    </message>
    <message>
        <source>Does not conform to the OB 3.0 schema: {problem}.</source>
        <translation>غير مطابق لمخطط OB 3.0: {problem}.</translation>
    </message>
    <message>
        <source>Does not conform to the OB 3.0 schema: {problem} (and {more} more).</source>
        <translation>غير مطابق لمخطط OB 3.0: {problem} (ومشكلات أخرى: {more}).</translation>
    </message>
    <message>
        <source>Has the structure of a CLR 2.0 learner record.</source>
        <translation>له بنية سجل متعلم وفق CLR 2.0.</translation>
    </message>
    <message>
        <source>Does not have the structure of a learner record: {problem}.</source>
        <translation>ليست له بنية سجل متعلم: {problem}.</translation>
    </message>
    <message>
        <source>Does not have the structure of a learner record: {problem} (and {more} more).</source>
        <translation>ليست له بنية سجل متعلم: {problem} (ومشكلات أخرى: {more}).</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}.</source>
        <translation>بتأييد من {endorser} ({did}) بتاريخ {day}.</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}, valid until {until}.</source>
        <translation>بتأييد من {endorser} ({did}) بتاريخ {day}، ساري حتى {until}.</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}: “{comment}”</source>
        <translation>بتأييد من {endorser} ({did}) بتاريخ {day}: «{comment}»</translation>
    </message>
    <message>
        <source>Endorsed by {endorser} ({did}) on {day}, valid until {until}: “{comment}”</source>
        <translation>بتأييد من {endorser} ({did}) بتاريخ {day}، ساري حتى {until}: «{comment}»</translation>
    </message>
    <message>
        <source>The endorsement by {endorser} ({did}) expired on {day}.</source>
        <translation>انتهت صلاحية التأييد المقدَّم من {endorser} ({did}) في {day}.</translation>
    </message>
    <message>
        <source>An endorsement in the name of {endorser} ({did}) is signed by an unknown key {fingerprint}: nobody you trust vouches for it, so it is not shown as an endorsement. Import their issuer card to trust it.</source>
        <translation>تأييد باسم {endorser} ({did}) موقَّع بمفتاح غير معروف {fingerprint}: لا يضمنه أحد تثق به، لذا لا يُعرض بوصفه تأييدًا. استورد بطاقة جهتهم المُصدِرة لتثق به.</translation>
    </message>
    <message>
        <source>An endorsement does not verify: {reason}</source>
        <translation>تعذّر التحقق من أحد التأييدات: {reason}</translation>
    </message>
    <message>
        <source>The credential carries an endorsement by {endorser} ({did}), but it is not shown as one: the credential itself is not verified, and an endorsement vouches for an achievement, not for whoever awards it.</source>
        <translation>يحمل الاعتماد تأييدًا من {endorser} ({did})، لكنه لا يُعرض بوصفه تأييدًا: فالاعتماد نفسه لم يُتحقق منه، والتأييد يشهد للإنجاز لا لمن يمنحه.</translation>
    </message>
    <message>
        <source>The endorsement is not shown as one: what carries it is not verified.</source>
        <translation>لا يُعرض التأييد بوصفه تأييدًا: فما يحمله لم يُتحقق منه.</translation>
    </message>
    <message>
        <source>The endorsement is larger than an endorsement ever is (at most {limit} characters of JSON).</source>
        <translation>حجم التأييد أكبر مما يمكن أن يكون عليه أي تأييد (الحد الأقصى: {limit} من أحرف JSON).</translation>
    </message>
    <message>
        <source>An endorsement cannot carry endorsements of its own.</source>
        <translation>لا يمكن أن يحمل التأييد تأييدات خاصة به.</translation>
    </message>
    <message>
        <source>The endorsements it carries are not checked: the credential&apos;s own signature does not hold.</source>
        <translation>لم يُتحقق من التأييدات التي يحملها: فتوقيع الاعتماد نفسه غير صحيح.</translation>
    </message>
    <message>
        <source>The achievement carries {count} endorsements; Badgesmith checks at most {limit}, so it is not verified.</source>
        <translation>يحمل الإنجاز تأييدات عددها {count}؛ ولا يتحقق Badgesmith إلا من {limit} على الأكثر، لذا لم يُتحقق منه.</translation>
    </message>
    <message>
        <source>the credential carries the endorsement {id} twice.</source>
        <translation>يحمل الاعتماد التأييد {id} مرتين.</translation>
    </message>
    <message>
        <source>it is not an EndorsementCredential.</source>
        <translation>ليس اعتماد تأييد (EndorsementCredential).</translation>
    </message>
    <message>
        <source>it does not name its endorser.</source>
        <translation>لا يذكر الجهة المؤيِّدة.</translation>
    </message>
    <message>
        <source>it endorses {subject}, not this credential&apos;s achievement ({achievement}).</source>
        <translation>يؤيد {subject}، لا إنجاز هذا الاعتماد ({achievement}).</translation>
    </message>
    <message>
        <source>it is signed by the credential&apos;s own issuer; an endorsement must come from someone else.</source>
        <translation>موقَّع من الجهة المُصدِرة للاعتماد نفسها؛ والتأييد يجب أن يأتي من جهة أخرى.</translation>
    </message>
    <message>
        <source>A learner record inside a learner record is not accepted.</source>
        <translation>لا يُقبل سجل متعلم داخل سجل متعلم.</translation>
    </message>
    <message>
        <source>The record&apos;s learner cannot be read from what its signature covers, so whose credential this is cannot be told.</source>
        <translation>لا يمكن قراءة متعلم السجل مما يغطيه توقيعه، لذا لا يمكن معرفة صاحب هذا الاعتماد.</translation>
    </message>
    <message>
        <source>It was awarded to {recipient}, not to {learner}, whose record this is.</source>
        <translation>مُنح إلى {recipient}، لا إلى {learner} صاحب هذا السجل.</translation>
    </message>
    <message>
        <source>The record holds no credentials.</source>
        <translation>لا يحتوي السجل على أي اعتمادات.</translation>
    </message>
    <message>
        <source>Each of the record&apos;s {count} credentials verifies on its own and was awarded to its learner.</source>
        <translation>كل اعتماد من اعتمادات السجل (عددها: {count}) يجتاز التحقق بمفرده ومُنح لمتعلم السجل.</translation>
    </message>
    <message>
        <source>1 credential in the record does not verify: {credential}: {reason}</source>
        <translation>اعتماد واحد في السجل لم يجتز التحقق: {credential}: {reason}</translation>
    </message>
    <message>
        <source>{count} credentials in the record do not verify: {credentials}</source>
        <translation>الاعتمادات التي لم تجتز التحقق في السجل: {count} — {credentials}</translation>
    </message>
    <message>
        <source>{count} credentials in the record do not verify: {credentials} (and {more} more)</source>
        <translation>الاعتمادات التي لم تجتز التحقق في السجل: {count} — {credentials} (وغيرها: {more})</translation>
    </message>
    <message>
        <source>needs {count} more of: {options}</source>
        <translation>ينقصه {count} من: {options}</translation>
    </message>
    <message>
        <source>needs {achievement}</source>
        <translation>ينقصه {achievement}</translation>
    </message>
    <message>
        <source>needs {achievements} and {last}</source>
        <translation>ينقصه {achievements} و{last}</translation>
    </message>
    <message>
        <source>Needs {count} more of: {options}.</source>
        <translation>ينقصه {count} من: {options}.</translation>
    </message>
    <message>
        <source>Needs {achievement}.</source>
        <translation>ينقصه {achievement}.</translation>
    </message>
    <message>
        <source>Needs {achievements} and {last}.</source>
        <translation>ينقصه {achievements} و{last}.</translation>
    </message>
    <message>
        <source>Someone else cleared this result meanwhile; the grid now shows it empty.</source>
        <translation>مسح شخص آخر هذه النتيجة في الأثناء؛ ويعرضها الجدول الآن فارغة.</translation>
    </message>
    <message>
        <source>Someone else changed this result at {when}; the grid now shows their value.</source>
        <translation>غيّر شخص آخر هذه النتيجة في {when}؛ ويعرض الجدول الآن القيمة الجديدة.</translation>
    </message>
    <message>
        <source>You changed this result at {when}, in another window or program; the grid now shows that value.</source>
        <translation>غيّرتَ هذه النتيجة في {when} في نافذة أو برنامج آخر؛ ويعرض الجدول الآن تلك القيمة.</translation>
    </message>
    <message>
        <source>{person} changed this result at {when}; the grid now shows their value.</source>
        <translation>غيّر {person} هذه النتيجة في {when}؛ ويعرض الجدول الآن القيمة الجديدة.</translation>
    </message>
    <message>
        <source>Someone else changed this evidence at {when}; the grid now shows it.</source>
        <translation>غيّر شخص آخر هذا الإثبات في {when}؛ ويعرضه الجدول الآن.</translation>
    </message>
    <message>
        <source>Someone else removed this evidence meanwhile; the grid now shows none.</source>
        <translation>أزال شخص آخر هذا الإثبات في الأثناء؛ ولم يعد الجدول يعرض أي إثبات.</translation>
    </message>
    <message>
        <source>No score recorded for {criterion}.</source>
        <translation>لم تُسجَّل درجة لـ {criterion}.</translation>
    </message>
    <message>
        <source>{criterion}: not recorded.</source>
        <translation>{criterion}: غير مسجَّل.</translation>
    </message>
    <message>
        <source>{criterion}: failed.</source>
        <translation>{criterion}: لم يجتز.</translation>
    </message>
    <message>
        <source>{criterion}: no level recorded.</source>
        <translation>{criterion}: لم يُسجَّل مستوى.</translation>
    </message>
    <message>
        <source>{criterion}: {level} is below the required {required}.</source>
        <translation>{criterion}: المستوى {level} أدنى من المستوى المطلوب {required}.</translation>
    </message>
    <message>
        <source>Score {score} is below the pass mark of {mark}.</source>
        <translation>الدرجة {score} أدنى من درجة النجاح {mark}.</translation>
    </message>
    <message>
        <source>Not enrolled.</source>
        <translation>غير مسجَّل في الدفعة.</translation>
    </message>
    <message>
        <source>The name cannot be printed: no font has {characters}.</source>
        <translation>تتعذّر طباعة الاسم: لا يحتوي أي خط على {characters}.</translation>
    </message>
    <message>
        <source>Not eligible: {reasons}</source>
        <translation>غير مؤهَّل: {reasons}</translation>
    </message>
    <message>
        <source>Already issued.</source>
        <translation>صادر بالفعل.</translation>
    </message>
    <message>
        <source>Revoked: a revoked credential is renewed only when its learner is named and the renewal confirmed.</source>
        <translation>مُبطَل: لا يُجدَّد الاعتماد المُبطَل إلا إذا حُدِّد متعلمه بالاسم وأُكِّد التجديد.</translation>
    </message>
    <message>
        <source>No verification page address: a phone scanning the QR code sees only a code, not a page that checks it (Settings ▸ Publishing).</source>
        <translation>لا يوجد عنوان لصفحة التحقق: الهاتف الذي يمسح رمز QR لا يرى إلا رمزًا، لا صفحة تتحقق منه (الإعدادات ◂ النشر).</translation>
    </message>
    <message>
        <source>No status list address is set: certificates issued now carry no revocation entry, so revoking one later reaches only this computer and the verification page you publish (Settings ▸ Publishing).</source>
        <translation>لم يُحدَّد عنوان لقائمة الحالة: الشهادات الصادرة الآن لا تحمل أي قيد إبطال، فإبطال إحداها لاحقًا لا يبلغ إلا هذا الحاسوب وصفحة التحقق التي تنشرها (الإعدادات ◂ النشر).</translation>
    </message>
    <message>
        <source>The status list is on another website than the verification page: the page reads it only from its own website, so it will say it could not check for revocation.</source>
        <translation>قائمة الحالة على موقع آخر غير موقع صفحة التحقق: لا تقرؤها الصفحة إلا من موقعها، فستقول إنها لم تتمكن من التحقق من الإبطال.</translation>
    </message>
    <message>
        <source>The status list is outside the verification page&apos;s folder: README.txt will say where to upload it.</source>
        <translation>قائمة الحالة خارج مجلد صفحة التحقق: سيبيّن README.txt أين ترفعها.</translation>
    </message>
    <message>
        <source>Badgesmith&apos;s Verify page shows the revocation at once. Outside this computer, it shows once you publish your site again (Publish site…) and upload the changed status list: the verification page and other verifiers read that list.</source>
        <translation>تعرض صفحة «التحقق» في Badgesmith الإبطال فورًا. أما خارج هذا الحاسوب فيظهر بعد أن تنشر موقعك مجددًا (نشر الموقع…) وترفع قائمة الحالة المعدَّلة: فصفحة التحقق والمتحققون الآخرون يقرؤون تلك القائمة.</translation>
    </message>
    <message>
        <source>Badgesmith&apos;s Verify page shows the revocation at once. This certificate was issued without a status list entry, so other verifiers will not see it; your verification page will, once you publish it again and upload it: it lists the certificates revoked so far.</source>
        <translation>تعرض صفحة «التحقق» في Badgesmith الإبطال فورًا. صدرت هذه الشهادة دون إدخال في قائمة الحالة، لذا لن يراه المتحققون الآخرون؛ أما صفحة التحقق الخاصة بك فستُظهره بعد أن تنشرها مجددًا وترفعها: فهي تسرد الشهادات المُبطَلة حتى الآن.</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>لم يُتحقَّق منه</translation>
    </message>
    <message>
        <source>Unknown issuer</source>
        <translation>جهة مُصدِرة غير معروفة</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>مُبطَل</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>مُستبدَل</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>ملتبس</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>تتعذّر قراءته</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>نص ملصق</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>الجهة المُصدِرة</translation>
    </message>
    <message>
        <source>Issuer (as the credential states)</source>
        <translation>الجهة المُصدِرة (كما يذكرها الاعتماد)</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المتعلم</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>الاعتمادات</translation>
    </message>
    <message>
        <source>Issuer key</source>
        <translation>مفتاح الجهة المُصدِرة</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>المستلِم</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>الإنجاز</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>ساري حتى</translation>
    </message>
    <message>
        <source>Status list</source>
        <translation>قائمة الحالة</translation>
    </message>
    <message>
        <source>QR link</source>
        <translation>رابط رمز QR</translation>
    </message>
    <message>
        <source>Endorses</source>
        <translation>موضوع التأييد</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>{achievement}, version {number}, of this workspace</source>
        <translation>{achievement}، النسخة {number}، من مساحة العمل هذه</translation>
    </message>
    <message>
        <source>The file is too large to check in the memory available.</source>
        <translation>الملف أكبر من أن يُفحص بالذاكرة المتاحة.</translation>
    </message>
    <message>
        <source>An internal error stopped the check of this file; it was logged. Nothing about the credential can be said.</source>
        <translation>أوقف خطأ داخلي فحص هذا الملف، وقد سُجِّل في ملف السجل. لا يمكن قول أي شيء عن الاعتماد.</translation>
    </message>
    <message>
        <source>{file} is larger than a certificate, credential or photo ever is.</source>
        <translation>{file} أكبر مما تكون عليه أي شهادة أو اعتماد أو صورة.</translation>
    </message>
    <message>
        <source>This is not a PDF, a credential (JSON), a QR image or QR text.</source>
        <translation>هذا ليس ملف PDF ولا اعتمادًا (JSON) ولا صورة رمز QR ولا نص رمز QR.</translation>
    </message>
    <message>
        <source>This credential file is saved as UTF-16; credentials are UTF-8 JSON. Save it as UTF-8 and try again.</source>
        <translation>ملف الاعتماد هذا محفوظ بترميز UTF-16، والاعتمادات ملفات JSON بترميز UTF-8. احفظه بترميز UTF-8 وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The credential is surrounded by characters JSON does not allow (e.g. non-breaking spaces); save it as plain JSON.</source>
        <translation>يحيط بالاعتماد محارف لا يسمح بها JSON (مثل المسافات غير الفاصلة)؛ احفظه بصيغة JSON عادية.</translation>
    </message>
    <message>
        <source>There is nothing to verify: paste the text of a QR code.</source>
        <translation>لا يوجد ما يُتحقَّق منه: الصق نص رمز QR.</translation>
    </message>
    <message>
        <source>This text is far longer than any QR code holds; paste the text of one QR code, or open the credential file.</source>
        <translation>هذا النص أطول بكثير مما يتسع له أي رمز QR؛ الصق نص رمز QR واحد، أو افتح ملف الاعتماد.</translation>
    </message>
    <message>
        <source>{issuer} (as the credential states; the key is not one you know)</source>
        <translation>{issuer} (كما يذكرها الاعتماد؛ المفتاح ليس من المفاتيح التي تعرفها)</translation>
    </message>
    <message>
        <source>The credential calls its issuer {stated}, which reads as the name of this workspace, but it was signed by the key you trust as {trusted}: it does not come from you.</source>
        <translation>يسمّي الاعتماد جهته المُصدِرة {stated}، وهو ما يُقرأ على أنه اسم مساحة العمل هذه، لكنه وُقِّع بالمفتاح الذي تثق به باسم {trusted}: فهو ليس صادرًا عنك.</translation>
    </message>
    <message>
        <source>The credential calls its issuer {stated}, but you trusted this key as {trusted}. If they changed their name, import their new issuer card.</source>
        <translation>يسمّي الاعتماد جهته المُصدِرة {stated}، لكنك وثقت بهذا المفتاح باسم {trusted}. إن كانت قد غيّرت اسمها فاستورد بطاقة الجهة المُصدِرة الجديدة.</translation>
    </message>
    <message>
        <source>Issued by {issuer}, as you trusted this key.</source>
        <translation>صادر عن {issuer}، كما وثقت بهذا المفتاح.</translation>
    </message>
    <message>
        <source>The endorsement names its endorser {stated}, but it is signed by this workspace&apos;s own key, whose issuer is {current}: an endorsement is shown only under the name its key stands for.</source>
        <translation>يذكر التأييد أن الجهة المؤيِّدة هي {stated}، لكنه موقَّع بمفتاح مساحة العمل هذه، والجهة المُصدِرة صاحبة المفتاح هي {current}: لا يُعرض التأييد إلا باسم صاحب مفتاحه.</translation>
    </message>
    <message>
        <source>The credential names its issuer {stated}; this workspace&apos;s issuer is now called {current}.</source>
        <translation>يسمّي الاعتماد جهته المُصدِرة {stated}؛ أما الجهة المُصدِرة لمساحة العمل هذه فاسمها الآن {current}.</translation>
    </message>
    <message>
        <source>The JSON is not a credential.</source>
        <translation>ملف JSON هذا ليس اعتمادًا.</translation>
    </message>
    <message>
        <source>A genuine certificate shows: {recipient}, {achievement}, {day}.</source>
        <translation>تعرض الشهادة الأصلية: {recipient}، {achievement}، {day}.</translation>
    </message>
    <message>
        <source>A genuine transcript shows: {recipient}, {achievement}, {day}.</source>
        <translation>يعرض كشف السجل الأصلي: {recipient}، {achievement}، {day}.</translation>
    </message>
    <message>
        <source>{id} ({achievement})</source>
        <translation>{id} ({achievement})</translation>
    </message>
    <message>
        <source>entry {index} of {list}</source>
        <translation>القيد {index} في {list}</translation>
    </message>
    <message>
        <source>{day}</source>
        <translation>{day}</translation>
    </message>
    <message>
        <source>The QR code&apos;s signature does not match its content: the certificate was altered or is not genuine.</source>
        <translation>توقيع رمز QR لا يطابق محتواه: عُدِّلت الشهادة أو أنها غير أصلية.</translation>
    </message>
    <message>
        <source>Signed by an unknown key {fingerprint}: not an issuer this workspace trusts.</source>
        <translation>موقَّع بمفتاح غير معروف {fingerprint}: ليست جهة مُصدِرة تثق بها مساحة العمل هذه.</translation>
    </message>
    <message>
        <source>{issuer} (as the QR code states; the key is not one you know)</source>
        <translation>{issuer} (كما يذكرها رمز QR؛ المفتاح ليس من المفاتيح التي تعرفها)</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by this workspace&apos;s current key.</source>
        <translation>رمز QR سليم وموقَّع بالمفتاح الحالي لمساحة العمل هذه.</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by a retired key of this workspace.</source>
        <translation>رمز QR سليم وموقَّع بمفتاح سابق لمساحة العمل هذه.</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by a trusted issuer&apos;s key.</source>
        <translation>رمز QR سليم وموقَّع بمفتاح جهة مُصدِرة موثوقة.</translation>
    </message>
    <message>
        <source>The QR code is intact and signed by a known key.</source>
        <translation>رمز QR سليم وموقَّع بمفتاح معروف.</translation>
    </message>
    <message>
        <source>Whether {issuer} has revoked it cannot be known here: only their own records say so.</source>
        <translation>لا يمكن أن يُعرف هنا هل أبطلته {issuer}: لا يذكر ذلك إلا سجلاتها الخاصة.</translation>
    </message>
    <message>
        <source>Whether its issuer has revoked it cannot be known here: only their own records say so.</source>
        <translation>لا يمكن أن يُعرف هنا هل أبطلته جهته المُصدِرة: لا يذكر ذلك إلا سجلاتها الخاصة.</translation>
    </message>
    <message>
        <source>This workspace&apos;s register has no credential with this id: a transcript&apos;s QR code is the learner record&apos;s. Open the transcript PDF here to check each credential in the record.</source>
        <translation>ليس في سجل مساحة العمل هذه اعتماد بهذا المعرّف: رمز QR في كشف السجل يخص سجل المتعلم. افتح ملف PDF لكشف السجل هنا لفحص كل اعتماد في السجل.</translation>
    </message>
    <message>
        <source>Expired on {day}.</source>
        <translation>انتهت صلاحيته في {day}.</translation>
    </message>
    <message>
        <source>Expired.</source>
        <translation>منتهي الصلاحية.</translation>
    </message>
    <message>
        <source>Valid until {day}.</source>
        <translation>ساري المفعول حتى {day}.</translation>
    </message>
    <message>
        <source>Issued by {issuer} to {recipient} for {achievement} on {day}.</source>
        <translation>صادر عن {issuer} إلى {recipient} عن {achievement} في {day}.</translation>
    </message>
    <message>
        <source>Issued by {issuer} to {recipient} for {achievement} on {day}. Whether they have since revoked it can only be checked with them.</source>
        <translation>صادر عن {issuer} إلى {recipient} عن {achievement} في {day}. أما هل أبطلته تلك الجهة بعد ذلك فلا يمكن التأكد منه إلا لديها.</translation>
    </message>
    <message>
        <source>Issued by {issuer} to {recipient} for {achievement} on {day}. Whether its credentials have been revoked since is checked on the transcript PDF.</source>
        <translation>صادر عن {issuer} إلى {recipient} عن {achievement} في {day}. أما هل أُبطلت اعتماداته بعد ذلك فيُفحص في ملف PDF لكشف السجل.</translation>
    </message>
    <message>
        <source>The QR code leads to your verification page.</source>
        <translation>يؤدي رمز QR إلى صفحة التحقق الخاصة بك.</translation>
    </message>
    <message>
        <source>The QR code sends phones to {address}, which is not your verification page ({page}): the printed code was replaced, or your page moved after this certificate was printed.</source>
        <translation>يوجّه رمز QR الهواتف إلى {address}، وهي ليست صفحة التحقق الخاصة بك ({page}): استُبدل الرمز المطبوع، أو نُقلت صفحتك بعد طباعة هذه الشهادة.</translation>
    </message>
    <message>
        <source>The QR code sends phones to {address}, which is not your verification page (none is set): the printed code was replaced, or your page moved after this certificate was printed.</source>
        <translation>يوجّه رمز QR الهواتف إلى {address}، وهي ليست صفحة التحقق الخاصة بك (لم تُحدَّد أي صفحة): استُبدل الرمز المطبوع، أو نُقلت صفحتك بعد طباعة هذه الشهادة.</translation>
    </message>
    <message>
        <source>The QR code leads to {issuer}&apos;s own site.</source>
        <translation>يؤدي رمز QR إلى موقع {issuer} نفسها.</translation>
    </message>
    <message>
        <source>The QR code sends phones to {address}; Badgesmith cannot tell whether that page belongs to {issuer}.</source>
        <translation>يوجّه رمز QR الهواتف إلى {address}؛ ولا يستطيع Badgesmith أن يعرف هل تلك الصفحة تابعة لـ {issuer}.</translation>
    </message>
    <message>
        <source>The badge holds a credential in a form Badgesmith does not read (only JSON credentials are verified).</source>
        <translation>تحمل الشارة اعتمادًا بصيغة لا يقرؤها Badgesmith (لا يُتحقَّق إلا من اعتمادات JSON).</translation>
    </message>
    <message>
        <source>The credential was baked into this badge image; the picture itself is not signed, only the credential in it.</source>
        <translation>ضُمِّن الاعتماد في صورة الشارة هذه؛ الصورة نفسها غير موقَّعة، بل الاعتماد الذي فيها فقط.</translation>
    </message>
    <message>
        <source>No QR code was found in the image; try a sharper, straighter photo.</source>
        <translation>لم يُعثر على رمز QR في الصورة؛ جرّب صورة أوضح وأكثر استقامة.</translation>
    </message>
    <message>
        <source>The image shows {count} different QR codes, so it cannot be told which one is the certificate&apos;s: photograph one at a time.</source>
        <translation>تُظهر الصورة رموز QR مختلفة (عددها: {count})، فلا يمكن معرفة أيها رمز الشهادة: صوّر رمزًا واحدًا في كل مرة.</translation>
    </message>
    <message>
        <source>The PDF carries no signed credential, so nothing on it can be checked; Badgesmith certificates carry one. To check its QR code, scan it or verify a photo of it.</source>
        <translation>لا يحمل ملف PDF أي اعتماد موقَّع، فلا يمكن التحقق من أي شيء فيه؛ وشهادات Badgesmith تحمل اعتمادًا. للتحقق من رمز QR فيه، امسحه أو تحقق من صورة له.</translation>
    </message>
    <message>
        <source>The PDF has no seal: it was saved again by another program, or made before Badgesmith sealed its certificates, so its page cannot be vouched for (the credential inside is checked above). If the certificate is yours, re-export it from the Credentials page.</source>
        <translation>ليس لملف PDF ختم: حفظه برنامج آخر من جديد، أو أُنشئ قبل أن يختم Badgesmith شهاداته، فلا يمكن ضمان صفحته (أما الاعتماد الذي فيه ففُحص أعلاه). إن كانت الشهادة صادرة عنك، فأعد تصديرها من صفحة «الاعتمادات».</translation>
    </message>
    <message>
        <source>The PDF was changed after it was made: its seal does not match the file, so the page may show something other than what was signed.</source>
        <translation>عُدِّل ملف PDF بعد إنشائه: ختمه لا يطابق الملف، فقد تعرض الصفحة شيئًا غير ما وُقِّع.</translation>
    </message>
    <message>
        <source>The file is exactly as this workspace&apos;s Badgesmith made it (sealed with the credential&apos;s key), so its page shows what was signed.</source>
        <translation>الملف كما أنشأه Badgesmith في مساحة العمل هذه تمامًا (مختومًا بمفتاح الاعتماد)، فصفحته تعرض ما وُقِّع.</translation>
    </message>
    <message>
        <source>The file is exactly as the issuer sealed it with the key that signed the credential: nobody changed it since. What the page shows is the issuer&apos;s own; compare it with the facts above.</source>
        <translation>الملف كما ختمته الجهة المُصدِرة تمامًا بالمفتاح الذي وقّع الاعتماد: لم يعدّله أحد منذ ذلك الحين. ما تعرضه الصفحة صادر عن الجهة المُصدِرة نفسها؛ قارنه بالبيانات أعلاه.</translation>
    </message>
    <message>
        <source>The printed QR code is missing or unreadable.</source>
        <translation>رمز QR المطبوع مفقود أو تتعذّر قراءته.</translation>
    </message>
    <message>
        <source>The page carries more than one QR code, so it cannot be told which one is the certificate&apos;s.</source>
        <translation>تحمل الصفحة أكثر من رمز QR، فلا يمكن معرفة أيها رمز الشهادة.</translation>
    </message>
    <message>
        <source>QR code: {check}</source>
        <translation>رمز QR: {check}</translation>
    </message>
    <message>
        <source>The printed QR code does not match the embedded credential.</source>
        <translation>رمز QR المطبوع لا يطابق الاعتماد المضمَّن.</translation>
    </message>
    <message>
        <source>The QR code does not match the embedded credential: {differences}.</source>
        <translation>رمز QR لا يطابق الاعتماد المضمَّن: {differences}.</translation>
    </message>
    <message>
        <source>The QR code matches the embedded credential.</source>
        <translation>رمز QR يطابق الاعتماد المضمَّن.</translation>
    </message>
    <message>
        <source>The passphrase is wrong: the signing key could not be unlocked.</source>
        <translation>عبارة المرور غير صحيحة: تعذّر فتح قفل مفتاح التوقيع.</translation>
    </message>
    <message>
        <source>the learner&apos;s name</source>
        <translation>اسم المتعلم</translation>
    </message>
    <message>
        <source>the achievement&apos;s name</source>
        <translation>اسم الإنجاز</translation>
    </message>
    <message>
        <source>your organisation&apos;s name</source>
        <translation>اسم مؤسستك</translation>
    </message>
    <message>
        <source>the date it was awarded</source>
        <translation>تاريخ المنح</translation>
    </message>
    <message>
        <source>the date it expires (empty when it does not)</source>
        <translation>تاريخ انتهاء الصلاحية (فارغ إن لم تنتهِ)</translation>
    </message>
    <message>
        <source>the public verification link (empty without a verification page)</source>
        <translation>رابط التحقق العام (فارغ عند عدم وجود صفحة تحقق)</translation>
    </message>
    <message>
        <source>the LinkedIn &quot;Add to profile&quot; link</source>
        <translation>رابط «الإضافة إلى الملف الشخصي» في LinkedIn</translation>
    </message>
    <message>
        <source>the credential&apos;s id</source>
        <translation>معرّف الاعتماد</translation>
    </message>
    <message>
        <source>The comment is {count} characters long; an endorsement&apos;s comment can have at most {limit}.</source>
        <translation>عدد أحرف التعليق {count}؛ والحد الأقصى لتعليق التأييد {limit}.</translation>
    </message>
    <message>
        <source>The endorsement would be valid until {day}, which has passed: choose a day from today on.</source>
        <translation>سيكون التأييد ساريًا حتى {day}، وهذا التاريخ قد مضى: اختر يومًا بدءًا من اليوم.</translation>
    </message>
    <message>
        <source>The endorsement would end before it begins.</source>
        <translation>سينتهي التأييد قبل أن يبدأ.</translation>
    </message>
    <message>
        <source>{file} is larger than an endorsement request ever is (at most {limit} MB).</source>
        <translation>حجم {file} أكبر مما يمكن أن يكون عليه أي طلب تأييد (الحد الأقصى {limit} ميغابايت).</translation>
    </message>
    <message>
        <source>{file} is not an endorsement request: it is not a text file (UTF-8 JSON).</source>
        <translation>{file} ليس طلب تأييد: فهو ليس ملفًا نصيًا (JSON بترميز UTF-8).</translation>
    </message>
    <message>
        <source>{file} is not an endorsement request: {problem}</source>
        <translation>{file} ليس طلب تأييد: {problem}</translation>
    </message>
    <message>
        <source>{file} is a credential, not an endorsement request: open the request file the provider sent.</source>
        <translation>{file} اعتماد وليس طلب تأييد: افتح ملف الطلب الذي أرسلته جهة التدريب.</translation>
    </message>
    <message>
        <source>{file} is not a Badgesmith endorsement request.</source>
        <translation>{file} ليس طلب تأييد من Badgesmith.</translation>
    </message>
    <message>
        <source>{file} is an endorsement request of another kind (version {version}); this Badgesmith reads version {known}.</source>
        <translation>{file} طلب تأييد من نوع آخر (الصيغة {version})؛ وBadgesmith هذا يقرأ الصيغة {known}.</translation>
    </message>
    <message>
        <source>{file} names no achievement id, so there is nothing to endorse.</source>
        <translation>لا يذكر {file} معرّف أي إنجاز، فلا يوجد ما يُؤيَّد.</translation>
    </message>
    <message>
        <source>{file} names no achievement.</source>
        <translation>لا يذكر {file} أي إنجاز.</translation>
    </message>
    <message>
        <source>{file} does not say who awards the achievement.</source>
        <translation>لا يذكر {file} الجهة التي تمنح الإنجاز.</translation>
    </message>
    <message>
        <source>identification of the learner</source>
        <translation>هوية المتعلم</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>country or region of the issuer</source>
        <translation>بلد الجهة المُصدِرة أو منطقتها</translation>
    </message>
    <message>
        <source>awarding body</source>
        <translation>الجهة المانحة</translation>
    </message>
    <message>
        <source>date of issue</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>learning outcomes</source>
        <translation>نواتج التعلّم</translation>
    </message>
    <message>
        <source>notional workload</source>
        <translation>عبء العمل المقدَّر</translation>
    </message>
    <message>
        <source>level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>type of assessment</source>
        <translation>نوع التقييم</translation>
    </message>
    <message>
        <source>form of participation</source>
        <translation>شكل المشاركة</translation>
    </message>
    <message>
        <source>type of quality assurance</source>
        <translation>نوع ضمان الجودة</translation>
    </message>
    <message>
        <source>prerequisites</source>
        <translation>المتطلبات السابقة</translation>
    </message>
    <message>
        <source>supervision and identity verification</source>
        <translation>الإشراف والتحقق من الهوية</translation>
    </message>
    <message>
        <source>grade achieved</source>
        <translation>الدرجة المحقَّقة</translation>
    </message>
    <message>
        <source>integration or stackability</source>
        <translation>التكامل أو قابلية التجميع</translation>
    </message>
    <message>
        <source>further information</source>
        <translation>معلومات إضافية</translation>
    </message>
    <message>
        <source>EU micro-credential: all {total} mandatory elements</source>
        <translation>الشهادة المصغّرة الأوروبية: العناصر الإلزامية كاملة ({total})</translation>
    </message>
    <message>
        <source>EU micro-credential: {present} of {total} mandatory elements — missing: {missing}</source>
        <translation>الشهادة المصغّرة الأوروبية: {present} من {total} من العناصر الإلزامية — الناقص: {missing}</translation>
    </message>
    <message>
        <source>This workspace has no signing key yet: set up the issuer first.</source>
        <translation>لا يوجد في مساحة العمل هذه مفتاح توقيع بعد: أعِدّ الجهة المُصدِرة أولًا.</translation>
    </message>
    <message>
        <source>This workspace has no issuer yet; set it up first.</source>
        <translation>لا توجد في مساحة العمل هذه جهة مُصدِرة بعد؛ أعِدّها أولًا.</translation>
    </message>
    <message>
        <source>{achievement} is an achievement of this workspace: an endorsement comes from someone else, an employer or a professional body, in their own Badgesmith.</source>
        <translation>{achievement} إنجاز من مساحة العمل هذه: التأييد يأتي من جهة أخرى، كصاحب عمل أو هيئة مهنية، من Badgesmith الخاص بها.</translation>
    </message>
    <message>
        <source>{file} does not hold an endorsement that can be read: {problem}</source>
        <translation>لا يحتوي {file} على تأييد يمكن قراءته: {problem}</translation>
    </message>
    <message>
        <source>{file} is an endorsement request, not an endorsement: send it to the endorser, who signs it in their Badgesmith (File ▸ Endorse an achievement…, or badgesmith endorse), and add what they send back.</source>
        <translation>{file} طلب تأييد وليس تأييدًا: أرسله إلى الجهة المؤيِّدة لتوقّعه في Badgesmith لديها (ملف ▸ تأييد إنجاز…، أو badgesmith endorse)، ثم أضف ما تعيده إليك.</translation>
    </message>
    <message>
        <source>{file} is not an endorsement (an Open Badges EndorsementCredential).</source>
        <translation>{file} ليس تأييدًا (EndorsementCredential وفق Open Badges).</translation>
    </message>
    <message>
        <source>{file} was not added: it is signed by the key {fingerprint}, which you have not imported as trusted. Anyone can sign in any name: import the endorser&apos;s issuer card (Settings ▸ Trusted issuers), compare its fingerprint with theirs, and add the endorsement again.</source>
        <translation>لم يُضَف {file}: فهو موقَّع بالمفتاح {fingerprint}، الذي لم تستورده بوصفه موثوقًا. يستطيع أي أحد التوقيع بأي اسم: استورد بطاقة الجهة المؤيِّدة (الإعدادات ◂ الجهات الموثوقة)، وقارن بصمتها بالبصمة التي لديهم، ثم أضف التأييد مرة أخرى.</translation>
    </message>
    <message>
        <source>{file} was not added: {reason}</source>
        <translation>لم يُضَف {file}: {reason}</translation>
    </message>
    <message>
        <source>{file} was not added: its signed content names no id, endorser or endorsed achievement.</source>
        <translation>لم يُضَف {file}: محتواه الموقَّع لا يذكر معرّفًا ولا جهة مؤيِّدة ولا إنجازًا مؤيَّدًا.</translation>
    </message>
    <message>
        <source>{file} was not added: it is signed by this workspace&apos;s own key, and an endorsement must come from someone else.</source>
        <translation>لم يُضَف {file}: فهو موقَّع بمفتاح مساحة العمل هذه نفسها، والتأييد يجب أن يأتي من جهة أخرى.</translation>
    </message>
    <message>
        <source>{file} was not added: its endorser&apos;s name is {count} characters long; Badgesmith keeps names of at most {limit}.</source>
        <translation>لم يُضَف {file}: عدد أحرف اسم الجهة المؤيِّدة {count}؛ ولا يحفظ Badgesmith أسماء تتجاوز {limit}.</translation>
    </message>
    <message>
        <source>This endorsement was added already.</source>
        <translation>أُضيف هذا التأييد من قبل.</translation>
    </message>
    <message>
        <source>{file} was not added: this version carries {count} endorsements already, the most a credential carries. Remove one that no longer matters first.</source>
        <translation>لم يُضَف {file}: تحمل هذه النسخة تأييدات عددها {count} بالفعل، وهو أقصى ما يحمله الاعتماد. أزِل أولًا تأييدًا لم تعد له أهمية.</translation>
    </message>
    <message>
        <source>{file} was not added: it verifies on its own, but the credentials of this version could not carry it: {problem}</source>
        <translation>لم يُضَف {file}: يمكن التحقق منه بمفرده، لكن اعتمادات هذه النسخة لا يمكنها حمله: {problem}</translation>
    </message>
    <message>
        <source>There is no achievement with id {id}.</source>
        <translation>لا يوجد إنجاز بالمعرّف {id}.</translation>
    </message>
    <message>
        <source>{file} was not added: it endorses {subject}, which is not a version of {achievement} (nor any achievement of this workspace).</source>
        <translation>لم يُضَف {file}: فهو يؤيد {subject}، وهو ليس نسخة من {achievement} (ولا من أي إنجاز في مساحة العمل هذه).</translation>
    </message>
    <message>
        <source>{file} was not added: it endorses {other}, not {achievement}. Add it to {other}.</source>
        <translation>لم يُضَف {file}: فهو يؤيد {other} لا {achievement}. أضفه إلى {other}.</translation>
    </message>
    <message>
        <source>For version {number}, an earlier version: credentials of the current version do not carry it (they award another achievement id). Ask {endorser} to endorse the current version.</source>
        <translation>للنسخة {number}، وهي نسخة سابقة: لا تحمله اعتمادات النسخة الحالية (فهي تمنح إنجازًا بمعرّف آخر). اطلب من {endorser} تأييد النسخة الحالية.</translation>
    </message>
    <message>
        <source>Expired on {day}: new credentials no longer carry it.</source>
        <translation>انتهت صلاحيته في {day}: لم تعد الاعتمادات الجديدة تحمله.</translation>
    </message>
    <message>
        <source>Valid: credentials you issue for version {number} from now on carry it.</source>
        <translation>سارٍ: تحمله الاعتمادات التي تصدرها للنسخة {number} من الآن فصاعدًا.</translation>
    </message>
    <message>
        <source>That endorsement is not in this workspace.</source>
        <translation>هذا التأييد غير موجود في مساحة العمل هذه.</translation>
    </message>
    <message>
        <source>{year} is not a year with figures: choose one from {first} to {last}.</source>
        <translation>لا توجد أرقام لعام {year}: اختر عامًا من {first} إلى {last}.</translation>
    </message>
    <message>
        <source>The learner&apos;s personal data was erased: the credential cannot be renewed.</source>
        <translation>مُحيت البيانات الشخصية للمتعلم: لا يمكن تجديد الاعتماد.</translation>
    </message>
    <message>
        <source>It was revoked or renewed already.</source>
        <translation>أُبطِل أو جُدِّد من قبل.</translation>
    </message>
    <message>
        <source>The learner is no longer enrolled in the cohort it was issued through.</source>
        <translation>لم يعد المتعلم مسجَّلًا في الدفعة التي صدر الاعتماد من خلالها.</translation>
    </message>
    <message>
        <source>Someone else is issuing this cohort right now; try again when they have finished.</source>
        <translation>يُصدر شخص آخر اعتمادات هذه الدفعة الآن؛ حاول مرة أخرى عندما ينتهي.</translation>
    </message>
    <message>
        <source>You have been issuing this cohort since {since}, in another window or program; try again when that has finished.</source>
        <translation>أنت تُصدر اعتمادات هذه الدفعة منذ {since} في نافذة أو برنامج آخر؛ حاول مرة أخرى عندما ينتهي ذلك.</translation>
    </message>
    <message>
        <source>{person} has been issuing this cohort since {since}; try again when they have finished.</source>
        <translation>يُصدر {person} اعتمادات هذه الدفعة منذ {since}؛ حاول مرة أخرى عندما ينتهي.</translation>
    </message>
    <message>
        <source>Copied the workspace in {folder} into the shared database {where}: {rows} rows in {tables} tables, in {seconds} s.</source>
        <translation>نُسخت مساحة العمل الموجودة في {folder} إلى قاعدة البيانات المشتركة {where}: عدد الصفوف {rows}، وعدد الجداول {tables}، في {seconds} ث.</translation>
    </message>
    <message>
        <source>Checked in {seconds} s: every table holds as many rows as before; the audit log&apos;s {events} events verify; {verified} of {credentials} credentials verify as issued ({counts}).</source>
        <translation>اكتمل الفحص في {seconds} ث: في كل جدول عدد الصفوف نفسه كما كان؛ وأحداث سجل التدقيق ({events}) سليمة؛ والاعتمادات التي تحقّق أنها صادرة كما هي: {verified} من {credentials} ({counts}).</translation>
    </message>
    <message>
        <source>{n} credential(s) did not verify in the old workspace either, and still do not: {ids}.</source>
        <translation>اعتمادات تعذّر التحقق منها في مساحة العمل القديمة أيضًا، ولا يزال يتعذّر: {n} ({ids}).</translation>
    </message>
    <message>
        <source>The old workspace file is kept as {kept}. {folder} is now this computer&apos;s side of the shared workspace: certificates and drafts stay in it.</source>
        <translation>احتُفظ بملف مساحة العمل القديم باسم {kept}. وصار {folder} الآن الجزء الخاص بهذا الحاسوب من مساحة العمل المشتركة: تبقى فيه الشهادات والمسودات.</translation>
    </message>
    <message>
        <source>Others connect with: badgesmith --database {where} (add them first with badgesmith users add).</source>
        <translation>يتصل الآخرون بالأمر: badgesmith --database {where} (أضفهم أولًا بالأمر badgesmith users add).</translation>
    </message>
    <message>
        <source>{folder} is already the local side of a shared workspace: there is nothing to move.</source>
        <translation>{folder} هو بالفعل الجزء المحلي من مساحة عمل مشتركة: لا يوجد ما يُنقل.</translation>
    </message>
    <message>
        <source>There is no workspace in {folder} to move.</source>
        <translation>لا توجد في {folder} مساحة عمل لنقلها.</translation>
    </message>
    <message>
        <source>The audit log of this workspace is already broken ({problem}); nothing was copied. Check it with badgesmith audit check.</source>
        <translation>سجل التدقيق في مساحة العمل هذه تالف أصلًا ({problem})؛ لم يُنسخ شيء. افحصه بالأمر badgesmith audit check.</translation>
    </message>
    <message>
        <source>The database {where} is not empty (it holds {n} table(s), e.g. {names}); migrate-to copies a workspace only into an empty database. Create a new one (e.g. createdb badgesmith) and try again.</source>
        <translation>قاعدة البيانات {where} ليست فارغة (عدد الجداول فيها {n}، مثل: {names})؛ ولا ينسخ migrate-to مساحة العمل إلا إلى قاعدة بيانات فارغة. أنشئ قاعدة جديدة (مثلًا createdb badgesmith) وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Someone started using the database {where} meanwhile; nothing was copied.</source>
        <translation>بدأ شخص ما استخدام قاعدة البيانات {where} في الأثناء؛ لم يُنسخ شيء.</translation>
    </message>
    <message>
        <source>Another program is writing to the workspace in {folder}; close Badgesmith there and try again. Nothing was copied.</source>
        <translation>يكتب برنامج آخر في مساحة العمل الموجودة في {folder}؛ أغلق Badgesmith هناك وحاول مرة أخرى. لم يُنسخ شيء.</translation>
    </message>
    <message>
        <source>The copy does not hold the same rows as the workspace: {tables}; nothing was copied.</source>
        <translation>لا تضم النسخة الصفوف نفسها التي في مساحة العمل: {tables}؛ لم يُنسخ شيء.</translation>
    </message>
    <message>
        <source>The audit log does not verify in the copy ({problem}); nothing was copied.</source>
        <translation>تعذّر التحقق من سجل التدقيق في النسخة ({problem})؛ لم يُنسخ شيء.</translation>
    </message>
    <message>
        <source>{n} credential(s) verify in the workspace but not in the copy on {where} (e.g. {ids}); nothing was copied.</source>
        <translation>اعتمادات يُتحقق منها في مساحة العمل ولكن ليس في النسخة على {where}: {n} (مثل: {ids})؛ لم يُنسخ شيء.</translation>
    </message>
    <message>
        <source>instructor</source>
        <translation>مدرّس</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>مُصدِر</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <source>This needs the instructor role; you ({user}) have no Badgesmith role. Ask your administrator.</source>
        <translation>يتطلب هذا دور المدرّس؛ وليس لك ({user}) أي دور في Badgesmith. راجع المسؤول.</translation>
    </message>
    <message>
        <source>Issuing, revoking and changing achievements need the issuer role; you ({user}) are signed in as {role}. Ask your administrator or an issuer.</source>
        <translation>يتطلب إصدار الاعتمادات وإبطالها وتغيير الإنجازات دور المُصدِر؛ وأنت ({user}) مسجّل الدخول بصفة {role}. راجع المسؤول أو أحد المُصدِرين.</translation>
    </message>
    <message>
        <source>This needs the administrator role; you ({user}) are signed in as {role}. Ask your administrator.</source>
        <translation>يتطلب هذا دور المسؤول؛ وأنت ({user}) مسجّل الدخول بصفة {role}. راجع المسؤول.</translation>
    </message>
    <message>
        <source>The shared database refused this change: your role does not allow it. Nothing was saved. Ask your administrator.</source>
        <translation>رفضت قاعدة البيانات المشتركة هذا التغيير: دورك لا يسمح به. لم يُحفظ شيء. راجع المسؤول.</translation>
    </message>
    <message>
        <source>A text is longer than the shared database can hold; nothing was saved. Shorten it and try again.</source>
        <translation>أحد النصوص أطول مما تتسع له قاعدة البيانات المشتركة؛ لم يُحفظ شيء. اختصره وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Someone else changed the same data at the same moment; nothing was saved. Try again.</source>
        <translation>غيّر شخص آخر البيانات نفسها في اللحظة نفسها؛ لم يُحفظ شيء. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The connection to the shared database was lost; this change was not saved. Check the network and try again.</source>
        <translation>انقطع الاتصال بقاعدة البيانات المشتركة؛ لم يُحفظ هذا التغيير. تحقّق من الشبكة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; another administrator can.</source>
        <translation>لا يمكنك إزالة نفسك؛ يستطيع ذلك مسؤول آخر.</translation>
    </message>
    <message>
        <source>People and roles belong to a shared database; this workspace is on this computer only.</source>
        <translation>المستخدمون والأدوار خاصة بقاعدة بيانات مشتركة؛ ومساحة العمل هذه على هذا الحاسوب فقط.</translation>
    </message>
    <message>
        <source>Someone changed the shared workspace while the backup was being checked; nothing was restored. Try again.</source>
        <translation>غيّر شخص ما مساحة العمل المشتركة أثناء فحص النسخة الاحتياطية؛ لم يُستعد شيء. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Type the shared database&apos;s address, e.g. postgresql://anna@server/badgesmith.</source>
        <translation>اكتب عنوان قاعدة البيانات المشتركة، مثل: postgresql://anna@server/badgesmith.</translation>
    </message>
    <message>
        <source>The database address is longer than {n} characters.</source>
        <translation>عنوان قاعدة البيانات أطول من {n} حرف.</translation>
    </message>
    <message>
        <source>A shared database&apos;s address starts with postgresql:// (e.g. postgresql://anna@server/badgesmith).</source>
        <translation>يبدأ عنوان قاعدة البيانات المشتركة بـ postgresql:// (مثل: postgresql://anna@server/badgesmith).</translation>
    </message>
    <message>
        <source>This is not a database address: {reason}.</source>
        <translation>هذا ليس عنوان قاعدة بيانات: {reason}.</translation>
    </message>
    <message>
        <source>The address names no database: add it after the server, e.g. postgresql://anna@server/badgesmith.</source>
        <translation>لا يذكر العنوان أي قاعدة بيانات: أضفها بعد الخادم، مثل: postgresql://anna@server/badgesmith.</translation>
    </message>
    <message>
        <source>The shared database needs an upgrade to this version of Badgesmith; your administrator does it by signing in with this version once.</source>
        <translation>تحتاج قاعدة البيانات المشتركة إلى ترقية لتلائم هذه النسخة من Badgesmith؛ ويُجريها المسؤول بتسجيل الدخول مرة واحدة بهذه النسخة.</translation>
    </message>
    <message>
        <source>Your database account {user} has no Badgesmith role: ask your administrator to add you.</source>
        <translation>ليس لحساب قاعدة البيانات الخاص بك {user} أي دور في Badgesmith: اطلب من المسؤول إضافتك.</translation>
    </message>
    <message>
        <source>“{name}” cannot be a sign-in name: use lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, up to 63, starting with a letter.</source>
        <translation>لا يصلح «{name}» اسمًا للمستخدم: استخدم أحرفًا لاتينية صغيرة وأرقامًا و&apos;.&apos; و&apos;-&apos; و&apos;_&apos;، حتى 63 حرفًا، على أن يبدأ بحرف.</translation>
    </message>
    <message>
        <source>“{name}” is reserved by the database; choose another sign-in name.</source>
        <translation>الاسم «{name}» محجوز لقاعدة البيانات؛ اختر اسم مستخدم آخر.</translation>
    </message>
    <message>
        <source>Give the new person a password of at least {n} characters.</source>
        <translation>أعطِ المستخدم الجديد كلمة مرور لا تقل عن {n} أحرف.</translation>
    </message>
    <message>
        <source>There is already a database account named “{name}”.</source>
        <translation>يوجد بالفعل حساب قاعدة بيانات باسم «{name}».</translation>
    </message>
    <message>
        <source>The database&apos;s tables are not those of this version of Badgesmith ({tables}); nothing was copied.</source>
        <translation>جداول قاعدة البيانات ليست جداول هذه النسخة من Badgesmith ({tables})؛ لم يُنسخ شيء.</translation>
    </message>
    <message>
        <source>A row of the table {table} cannot be stored in the target database ({reason}); nothing was copied.</source>
        <translation>يتعذّر تخزين صف من الجدول {table} في قاعدة البيانات الهدف ({reason})؛ لم يُنسخ شيء.</translation>
    </message>
    <message>
        <source>Others are working in the shared workspace right now; nothing was changed. Try again when they have closed Badgesmith or finished what they are doing.</source>
        <translation>يعمل آخرون في مساحة العمل المشتركة الآن؛ لم يتغير شيء. حاول مرة أخرى عندما يُغلقون Badgesmith أو ينتهون مما يفعلونه.</translation>
    </message>
    <message>
        <source>Only the database account that owns the shared workspace&apos;s tables ({owner}) can copy a whole workspace into it: the audit log it brings was written in other people&apos;s names. Sign in as {owner} and try again.</source>
        <translation>لا يستطيع نسخ مساحة عمل كاملة إلى مساحة العمل المشتركة إلا حساب قاعدة البيانات المالك لجداولها ({owner})، لأن سجل التدقيق الذي تحمله كُتب بأسماء أشخاص آخرين. سجّل الدخول باسم {owner} وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The rows copied break the database&apos;s rules ({reason}); nothing was copied.</source>
        <translation>الصفوف المنسوخة تخالف قواعد قاعدة البيانات ({reason})؛ لم يُنسخ شيء.</translation>
    </message>
    <message>
        <source>The database&apos;s keys and indexes could not be rebuilt as they were; nothing was copied.</source>
        <translation>تعذّرت إعادة بناء مفاتيح قاعدة البيانات وفهارسها كما كانت؛ لم يُنسخ شيء.</translation>
    </message>
    <message>
        <source>{folder} holds a workspace of this computer; choose another folder for the files of the shared one (or copy this one into the shared database with migrate-to).</source>
        <translation>في {folder} مساحة عمل خاصة بهذا الحاسوب؛ اختر مجلدًا آخر لملفات مساحة العمل المشتركة (أو انسخ هذه إلى قاعدة البيانات المشتركة بالأمر migrate-to).</translation>
    </message>
    <message>
        <source>The shared database {where} could not be set up: {reason}.</source>
        <translation>تعذّر إعداد قاعدة البيانات المشتركة {where}: {reason}.</translation>
    </message>
    <message>
        <source>The shared database {where} did not accept the name and password. Check them and sign in again.</source>
        <translation>لم تقبل قاعدة البيانات المشتركة {where} اسم المستخدم وكلمة المرور. تحقّق منهما وسجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Your account may no longer sign in to the shared database {where}; ask your administrator.</source>
        <translation>لم يعد مسموحًا لحسابك بتسجيل الدخول إلى قاعدة البيانات المشتركة {where}؛ راجع المسؤول.</translation>
    </message>
    <message>
        <source>There is no database named in {where}; ask your administrator for the right address.</source>
        <translation>قاعدة البيانات المذكورة في {where} غير موجودة؛ اطلب من المسؤول العنوان الصحيح.</translation>
    </message>
    <message>
        <source>Cannot reach the shared database {where}: {reason}.</source>
        <translation>يتعذّر الوصول إلى قاعدة البيانات المشتركة {where}: {reason}.</translation>
    </message>
</context>
</TS>
