<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AchievementForm</name>
    <message numerus="yes">
        <source> month(s)</source>
        <translation>
            <numerusform> month</numerusform>
            <numerusform> months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AchievementsPage</name>
    <message numerus="yes">
        <source>v{number}: %n issued</source>
        <translation>
            <numerusform>v{number}: %n issued</numerusform>
            <numerusform>v{number}: %n issued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s)</source>
        <translation>
            <numerusform>%n cohort</numerusform>
            <numerusform>%n cohorts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credential</numerusform>
            <numerusform>%n credentials</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentGridModel</name>
    <message numerus="yes">
        <source>{learner}: “{text}” was not saved — {reason} (%n values in red are not saved)</source>
        <translation>
            <numerusform>{learner}: “{text}” was not saved — {reason} (%n value in red is not saved)</numerusform>
            <numerusform>{learner}: “{text}” was not saved — {reason} (%n values in red are not saved)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CohortsPage</name>
    <message numerus="yes">
        <source>%n of {total} eligible</source>
        <translation>
            <numerusform>%n of {total} eligible</numerusform>
            <numerusform>%n of {total} eligible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the cohort {cohort}, with its %n enrolment(s) and their results? The learners stay. You can undo this until you close Badgesmith.</source>
        <translation>
            <numerusform>Delete the cohort {cohort}, with its %n enrolment and their results? The learners stay. You can undo this until you close Badgesmith.</numerusform>
            <numerusform>Delete the cohort {cohort}, with its %n enrolments and their results? The learners stay. You can undo this until you close Badgesmith.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Expiring within %n day</numerusform>
            <numerusform>Expiring within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliverPage</name>
    <message numerus="yes">
        <source>{cohort}  (%n issued)</source>
        <translation>
            <numerusform>{cohort}  (%n issued)</numerusform>
            <numerusform>{cohort}  (%n issued)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live credential(s)</source>
        <translation>
            <numerusform>%n live credential</numerusform>
            <numerusform>%n live credentials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to send</source>
        <translation>
            <numerusform>%n to send</numerusform>
            <numerusform>%n to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (sent again with the rest)</source>
        <translation>
            <numerusform>%n failed (sent again with the rest)</numerusform>
            <numerusform>%n failed (sent again with the rest)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an e-mail address</source>
        <translation>
            <numerusform>%n without an e-mail address</numerusform>
            <numerusform>%n without an e-mail address</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send to %n learner(s)</source>
        <translation>
            <numerusform>Send to %n learner</numerusform>
            <numerusform>Send to %n learners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} learners were already e-mailed. Write drafts for them too? (Sending a draft would give them a second copy.)</source>
        <translation>
            <numerusform>%n of {total} learners was already e-mailed. Write drafts for them too? (Sending a draft would give them a second copy.)</numerusform>
            <numerusform>%n of {total} learners were already e-mailed. Write drafts for them too? (Sending a draft would give them a second copy.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndorseDialog</name>
    <message numerus="yes">
        <source>The comment is %n character(s) long; at most {limit} fit.</source>
        <translation>
            <numerusform>The comment is %n character long; at most {limit} fit.</numerusform>
            <numerusform>The comment is %n characters long; at most {limit} fit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExpiringNotice</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credential(s) expire(s) within {period}.</source>
        <translation>
            <numerusform>%Ln credential expires within {period}.</numerusform>
            <numerusform>%Ln credentials expire within {period}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show it/them</source>
        <comment>the expiring credentials</comment>
        <translation>
            <numerusform>Show it</numerusform>
            <numerusform>Show them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportLearnersWizard</name>
    <message numerus="yes">
        <source>✓ {file}: %n row(s), {encoding}. {summary}.</source>
        <translation>
            <numerusform>✓ {file}: %n row, {encoding}. {summary}.</numerusform>
            <numerusform>✓ {file}: %n rows, {encoding}. {summary}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ {file}: %n row(s). {summary}.</source>
        <translation>
            <numerusform>✓ {file}: %n row. {summary}.</numerusform>
            <numerusform>✓ {file}: %n rows. {summary}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message numerus="yes">
        <source>Record %n result(s)</source>
        <translation>
            <numerusform>Record %n result</numerusform>
            <numerusform>Record %n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssuePage</name>
    <message numerus="yes">
        <source>{cohort}  (%n learner(s))</source>
        <translation>
            <numerusform>{cohort}  (%n learner)</numerusform>
            <numerusform>{cohort}  (%n learners)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to issue</source>
        <translation>
            <numerusform>%n ready to issue</numerusform>
            <numerusform>%n ready to issue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already issued</source>
        <translation>
            <numerusform>%n already issued</numerusform>
            <numerusform>%n already issued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not eligible</source>
        <translation>
            <numerusform>%n not eligible</numerusform>
            <numerusform>%n not eligible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked (never renewed with the others)</source>
        <translation>
            <numerusform>%n revoked (never renewed with the others)</numerusform>
            <numerusform>%n revoked (never renewed with the others)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue %n credential(s)</source>
        <translation>
            <numerusform>Issue %n credential</numerusform>
            <numerusform>Issue %n credentials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %n selected…</source>
        <translation>
            <numerusform>Renew %n selected…</numerusform>
            <numerusform>Renew %n selected…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue new credentials to %n learner(s): {names}? Each replaces the learner&apos;s credential, which then verifies as replaced by a newer one; award dates are kept and the old files are moved to the output folder&apos;s &apos;replaced&apos; folder.</source>
        <translation>
            <numerusform>Issue a new credential to %n learner: {names}? Each replaces the learner&apos;s credential, which then verifies as replaced by a newer one; award dates are kept and the old files are moved to the output folder&apos;s &apos;replaced&apos; folder.</numerusform>
            <numerusform>Issue new credentials to %n learners: {names}? Each replaces the learner&apos;s credential, which then verifies as replaced by a newer one; award dates are kept and the old files are moved to the output folder&apos;s &apos;replaced&apos; folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew credential(s)</source>
        <translation>
            <numerusform>Renew credential</numerusform>
            <numerusform>Renew credentials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssueSummaryDialog</name>
    <message numerus="yes">
        <source>%n revoked certificate(s) left out of the print file.</source>
        <translation>
            <numerusform>%n revoked certificate is left out of the print file.</numerusform>
            <numerusform>%n revoked certificates are left out of the print file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message numerus="yes">
        <source>At least %Ln character(s); a short sentence is easy to remember and hard to guess. Nobody can recover it for you.</source>
        <translation>
            <numerusform>At least %Ln character; a short sentence is easy to remember and hard to guess. Nobody can recover it for you.</numerusform>
            <numerusform>At least %Ln characters; a short sentence is easy to remember and hard to guess. Nobody can recover it for you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %Ln character(s).</source>
        <translation>
            <numerusform>The passphrase must have at least %Ln character.</numerusform>
            <numerusform>The passphrase must have at least %Ln characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnersPage</name>
    <message numerus="yes">
        <source>%Ln matching</source>
        <comment>learners found by the filter</comment>
        <translation>
            <numerusform>%Ln matching</numerusform>
            <numerusform>%Ln matching</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln learner(s)</source>
        <translation>
            <numerusform>%Ln learner</numerusform>
            <numerusform>%Ln learners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n credential(s) issued in this period.</source>
        <translation>
            <numerusform>%n credential issued in this period.</numerusform>
            <numerusform>%n credentials issued in this period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Credentials expiring in the next %n day(s)</source>
        <translation>
            <numerusform>Credentials expiring in the next %n day</numerusform>
            <numerusform>Credentials expiring in the next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) expire soon: select them and renew.</source>
        <translation>
            <numerusform>%n credential expires soon: select it and renew.</numerusform>
            <numerusform>%n credentials expire soon: select them and renew.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No credential expires in the next %n day(s).</source>
        <translation>
            <numerusform>No credential expires in the next %n day.</numerusform>
            <numerusform>No credential expires in the next %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %n selected…</source>
        <translation>
            <numerusform>Renew %n selected…</numerusform>
            <numerusform>Renew %n selected…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew %n credential(s)? Each learner who still meets the requirements gets a new credential that replaces the expiring one: the award date is kept, and the old files are moved to the &apos;replaced&apos; folder beside them.</source>
        <translation>
            <numerusform>Renew %n credential? If the learner still meets the requirements, they get a new credential that replaces the expiring one: the award date is kept, and the old files are moved to the &apos;replaced&apos; folder beside them.</numerusform>
            <numerusform>Renew %n credentials? Each learner who still meets the requirements gets a new credential that replaces the expiring one: the award date is kept, and the old files are moved to the &apos;replaced&apos; folder beside them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renew credential(s)</source>
        <translation>
            <numerusform>Renew credential</numerusform>
            <numerusform>Renew credentials</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PathwayDiagram</name>
    <message numerus="yes">
        <source>needs %n more</source>
        <translation>
            <numerusform>needs %n more</numerusform>
            <numerusform>needs %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>Import %n learner(s)</source>
        <translation>
            <numerusform>Import %n learner</numerusform>
            <numerusform>Import %n learners</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <source>Sent %n page(s) to {printer}.</source>
        <translation>
            <numerusform>Sent %n page to {printer}.</numerusform>
            <numerusform>Sent %n pages to {printer}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n of {total} pages were sent to {printer}.</source>
        <translation>
            <numerusform>Cancelled: %n of {total} pages were sent to {printer}.</numerusform>
            <numerusform>Cancelled: %n of {total} pages were sent to {printer}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequirementsDialog</name>
    <message numerus="yes">
        <source>At least {needed} of these %n</source>
        <translation>
            <numerusform>At least {needed} of these %n</numerusform>
            <numerusform>At least {needed} of these %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message numerus="yes">
        <source>The record&apos;s %n credential(s), each verified on its own</source>
        <translation>
            <numerusform>The record&apos;s %n credential, verified on its own</numerusform>
            <numerusform>The record&apos;s %n credentials, each verified on its own</numerusform>
        </translation>
    </message>
</context>
</TS>
