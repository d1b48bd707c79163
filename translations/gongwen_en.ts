<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArchiveChecker</name>
    <message>
        <location filename="../core/services/ArchiveCheck.cpp" line="+23"/>
        <source>digest differs (SHA-256/SM3)</source>
        <translation>digest differs (SHA-256/SM3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored file missing</source>
        <translation>stored file missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document number differs from the file</source>
        <translation>document number differs from the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title differs from the file</source>
        <translation>title differs from the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date differs from the file</source>
        <translation>date differs from the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>component missing</source>
        <translation>component missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>metadata item empty</source>
        <translation>metadata item empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gap in the item numbers</source>
        <translation>gap in the item numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no audit trail</source>
        <translation>no audit trail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file does not open</source>
        <translation>file does not open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page does not render</source>
        <translation>page does not render</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file is encrypted</source>
        <translation>file is encrypted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fonts not embedded</source>
        <translation>fonts not embedded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an archival format</source>
        <translation>not an archival format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no recent backup</source>
        <translation>no recent backup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authenticity (真实性)</source>
        <translation>authenticity (真实性)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integrity (完整性)</source>
        <translation>integrity (完整性)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usability (可用性)</source>
        <translation>usability (可用性)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safety (安全性)</source>
        <translation>safety (安全性)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The %1 is missing.</source>
        <translation>The %1 is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The metadata item %1 is empty.</source>
        <translation>The metadata item %1 is empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log holds no history of the document this item was archived from.</source>
        <translation>The audit log holds no history of the document this item was archived from.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>component %1 (%2, %3)</source>
        <translation>component %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stored file of %1 cannot be read.</source>
        <translation>The stored file of %1 cannot be read.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored file of %1 no longer matches its SHA-256 and SM3 digests: it was changed.</source>
        <translation>The stored file of %1 no longer matches its SHA-256 and SM3 digests: it was changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is neither PDF nor OFD.</source>
        <translation>%1 is neither PDF nor OFD.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not open: %2</source>
        <translation>%1 does not open: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is encrypted.</source>
        <translation>%1 is encrypted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uses fonts it does not carry: %2.</source>
        <translation>%1 uses fonts it does not carry: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first page of %1 does not render.</source>
        <translation>The first page of %1 does not render.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record gives the document number %1, which the document itself does not carry.</source>
        <translation>The record gives the document number %1, which the document itself does not carry.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record gives the title “%1”, which the document itself does not carry.</source>
        <translation>The record gives the title “%1”, which the document itself does not carry.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record gives the date %1, which the document itself does not carry.</source>
        <translation>The record gives the date %1, which the document itself does not carry.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The sequence %1 lacks the item numbers %2.</source>
        <translation>The sequence %1 lacks the item numbers %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The last backup is %1 days old; the office asks for one every %2 days.</source>
        <translation>The last backup is %1 days old; the office asks for one every %2 days.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No backup of the records has been made.</source>
        <translation>No backup of the records has been made.</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n item(s) checked, %1 finding(s).</source>
        <translation>
            <numerusform>%n item checked, %1 finding.</numerusform>
            <numerusform>%n items checked, %1 findings.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The run was stopped before the end.</source>
        <translation>The run was stopped before the end.</translation>
    </message>
</context>
<context>
    <name>ArchiveCode</name>
    <message>
        <location filename="../core/domain/ArchiveCode.cpp" line="+12"/>
        <source>permanent (永久)</source>
        <translation>permanent (永久)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 years (定期30年)</source>
        <translation>30 years (定期30年)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 years (定期10年)</source>
        <translation>10 years (定期10年)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The fonds number (全宗号) is one to eight capital letters or digits, e.g. J012.</source>
        <translation>The fonds number (全宗号) is one to eight capital letters or digits, e.g. J012.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The category code (门类代码) is capital letters or digits, e.g. WS.</source>
        <translation>The category code (门类代码) is capital letters or digits, e.g. WS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The year of an archived item has four digits, e.g. 2026.</source>
        <translation>The year of an archived item has four digits, e.g. 2026.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organisation code (机构代码) is capital letters or digits, e.g. BGS.</source>
        <translation>The organisation code (机构代码) is capital letters or digits, e.g. BGS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item number (件号) runs from 0001 to 9999.</source>
        <translation>The item number (件号) runs from 0001 to 9999.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not a 档号 such as J012-WS·2026-Y-BGS-0001.</source>
        <translation>“%1” is not a 档号 such as J012-WS·2026-Y-BGS-0001.</translation>
    </message>
</context>
<context>
    <name>ArchiveItem</name>
    <message>
        <location filename="../core/domain/ArchiveItem.cpp" line="+12"/>
        <source>outgoing (发文)</source>
        <translation>outgoing (发文)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incoming (收文)</source>
        <translation>incoming (收文)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>handling slip (文件处理单)</source>
        <translation>handling slip (文件处理单)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document received (来文)</source>
        <translation>document received (来文)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document of record (正本)</source>
        <translation>document of record (正本)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archival copy with stamp (归档章)</source>
        <translation>archival copy with stamp (归档章)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attachment (附件)</source>
        <translation>attachment (附件)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document forwarded (被转发文)</source>
        <translation>document forwarded (被转发文)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notice sent (告知单)</source>
        <translation>notice sent (告知单)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routing slip (发文稿纸)</source>
        <translation>routing slip (发文稿纸)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed draft (定稿)</source>
        <translation>signed draft (定稿)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>earlier version (修改稿)</source>
        <translation>earlier version (修改稿)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first reader&apos;s record (校核记录)</source>
        <translation>first reader&apos;s record (校核记录)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>title (题名)</source>
        <translation>title (题名)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responsible body (责任者)</source>
        <translation>responsible body (责任者)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document number (文号)</source>
        <translation>document number (文号)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date (日期)</source>
        <translation>date (日期)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pages (页数)</source>
        <translation>pages (页数)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fonds number (全宗号)</source>
        <translation>fonds number (全宗号)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year (年度)</source>
        <translation>year (年度)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item number (件号)</source>
        <translation>item number (件号)</translation>
    </message>
</context>
<context>
    <name>ArchiveLoan</name>
    <message>
        <location filename="../core/domain/ArchiveLoan.cpp" line="+10"/>
        <source>paper (纸质)</source>
        <translation>paper (纸质)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>electronic (电子)</source>
        <translation>electronic (电子)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for approval</source>
        <translation>waiting for approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lent</source>
        <translation>lent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned</source>
        <translation>returned</translation>
    </message>
</context>
<context>
    <name>ArchivePdfTools</name>
    <message>
        <location filename="../core/pdf/ArchivePdfTools.cpp" line="+140"/>
        <source>The PDF could not be written.</source>
        <translation>The PDF could not be written.</translation>
    </message>
</context>
<context>
    <name>ArchiveRepository</name>
    <message>
        <location filename="../core/storage/ArchiveRows.h" line="+40"/>
        <source>The database gave no number for the new row.</source>
        <translation>The database gave no number for the new row.</translation>
    </message>
    <message>
        <location filename="../core/storage/ArchiveLoanRepository.cpp" line="+74"/>
        <source>The loan of %1</source>
        <translation>The loan of %1</translation>
    </message>
    <message>
        <location filename="../core/storage/ArchiveRepository.cpp" line="+77"/>
        <source>The archived item %1</source>
        <translation>The archived item %1</translation>
    </message>
</context>
<context>
    <name>ArchiveService</name>
    <message>
        <location filename="../core/services/ArchiveRecords.h" line="+90"/>
        <source>The loan does not exist or is not visible to you.</source>
        <translation>The loan does not exist or is not visible to you.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The loan of %1</source>
        <translation>The loan of %1</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Your clearance (%1) does not cover the secrecy level %2.</source>
        <translation>Your clearance (%1) does not cover the secrecy level %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The archived item does not exist or is not visible to you.</source>
        <translation>The archived item does not exist or is not visible to you.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The archived item %1</source>
        <translation>The archived item %1</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../core/domain/AuditEntry.cpp" line="+20"/>
        <source>Archive checked (四性检测)</source>
        <translation>Archive checked (四性检测)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document archived (归档)</source>
        <translation>Document archived (归档)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive loan recorded (借阅登记)</source>
        <translation>Archive loan recorded (借阅登记)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive loan approved</source>
        <translation>Archive loan approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive loan refused</source>
        <translation>Archive loan refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived item returned</source>
        <translation>Archived item returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived file read (电子档案利用)</source>
        <translation>Archived file read (电子档案利用)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived item&apos;s remark changed</source>
        <translation>Archived item&apos;s remark changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit checkpoint signed</source>
        <translation>Audit checkpoint signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged in</source>
        <translation>Logged in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log-in failed</source>
        <translation>Log-in failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality bulletin drafted (办文质量通报)</source>
        <translation>Quality bulletin drafted (办文质量通报)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work calendar changed</source>
        <translation>Work calendar changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document archived: chain ended (归档)</source>
        <translation>Document archived: chain ended (归档)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not to be issued (不予行文)</source>
        <translation>Not to be issued (不予行文)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content changed after sign-off</source>
        <translation>Content changed after sign-off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft created</source>
        <translation>Draft created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed by the first reader</source>
        <translation>Failed by the first reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed on (通过)</source>
        <translation>Passed on (通过)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed (印制)</source>
        <translation>Printed (印制)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed, sent to the first reader</source>
        <translation>Printed, sent to the first reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered, document number given (发文登记)</source>
        <translation>Registered, document number given (发文登记)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released (核发)</source>
        <translation>Released (核发)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned (退回)</source>
        <translation>Returned (退回)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft details edited</source>
        <translation>Draft details edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New version of the text</source>
        <translation>New version of the text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wording fixed (文字修改)</source>
        <translation>Wording fixed (文字修改)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of writing set (成文日期)</source>
        <translation>Date of writing set (成文日期)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distributed for reading (分送)</source>
        <translation>Distributed for reading (分送)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded to the next reader</source>
        <translation>Forwarded to the next reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt list imported</source>
        <translation>Receipt list imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruction given (批示)</source>
        <translation>Instruction given (批示)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling proposed (拟办)</source>
        <translation>Handling proposed (拟办)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming document registered (收文登记)</source>
        <translation>Incoming document registered (收文登记)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to the sender recorded (答复)</source>
        <translation>Reply to the sender recorded (答复)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triaged (初审)</source>
        <translation>Triaged (初审)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triage decision reversed</source>
        <translation>Triage decision reversed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read and handed back (阅毕)</source>
        <translation>Read and handed back (阅毕)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urged (催办)</source>
        <translation>Urged (催办)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen&apos;s letter recorded</source>
        <translation>Citizen&apos;s letter recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markup added</source>
        <translation>Markup added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markup answered</source>
        <translation>Markup answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markup closed</source>
        <translation>Markup closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markup reopened</source>
        <translation>Markup reopened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller advised where to go, call closed</source>
        <translation>Caller advised where to go, call closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matter assigned (交办)</source>
        <translation>Matter assigned (交办)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matter closed (销号)</source>
        <translation>Matter closed (销号)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension decided</source>
        <translation>Extension decided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension asked for (延期申请)</source>
        <translation>Extension asked for (延期申请)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress recorded (进展反馈)</source>
        <translation>Progress recorded (进展反馈)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matter registered (督查立项)</source>
        <translation>Matter registered (督查立项)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report of completion recorded (办结报告)</source>
        <translation>Report of completion recorded (办结报告)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report reviewed (审核)</source>
        <translation>Report reviewed (审核)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matter split into sub-tasks (分解)</source>
        <translation>Matter split into sub-tasks (分解)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matter urged (催办)</source>
        <translation>Matter urged (催办)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office set up</source>
        <translation>Office set up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office settings changed</source>
        <translation>Office settings changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking scheme saved (评比方案)</source>
        <translation>Ranking scheme saved (评比方案)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial added (刊物)</source>
        <translation>Serial added (刊物)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial changed (刊物)</source>
        <translation>Serial changed (刊物)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision bulletin drafted (督查通报)</source>
        <translation>Supervision bulletin drafted (督查通报)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special report drafted (督查专报)</source>
        <translation>Special report drafted (督查专报)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit added</source>
        <translation>Unit added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit restored</source>
        <translation>Unit restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit retired</source>
        <translation>Unit retired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit edited</source>
        <translation>Unit edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account created</source>
        <translation>Account created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own password changed</source>
        <translation>Own password changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password change refused</source>
        <translation>Password change refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset by the administrator</source>
        <translation>Password reset by the administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account unlocked</source>
        <translation>Account unlocked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account edited</source>
        <translation>Account edited</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <location filename="../core/services/AuditCheck.cpp" line="+51"/>
        <source>%1 %2 is in the records but the audit never saw it created: it was added outside the program.</source>
        <translation>%1 %2 is in the records but the audit never saw it created: it was added outside the program.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2: %3 is “%4” in the records but “%5” in the audit: it was changed outside the program.</source>
        <translation>%1 %2: %3 is “%4” in the records but “%5” in the audit: it was changed outside the program.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 %2: the level its lists are filtered by (%3) does not match its secrecy “%4”: it was changed outside the program.</source>
        <translation>%1 %2: the level its lists are filtered by (%3) does not match its secrecy “%4”: it was changed outside the program.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>No auditor&apos;s key is trusted on this workstation yet: the chain is checked against its own hashes only. Sign a checkpoint as the auditor, or give verify the auditor&apos;s public key.</source>
        <translation>No auditor&apos;s key is trusted on this workstation yet: the chain is checked against its own hashes only. Sign a checkpoint as the auditor, or give verify the auditor&apos;s public key.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The checkpoint of entry %1 that this workstation saw is gone: checkpoints were deleted.</source>
        <translation>The checkpoint of entry %1 that this workstation saw is gone: checkpoints were deleted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No checkpoint signed with the trusted auditor&apos;s key yet.</source>
        <translation>No checkpoint signed with the trusted auditor&apos;s key yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newest checkpoint is of entry %1, but this workstation saw one of entry %2: checkpoints were deleted.</source>
        <translation>The newest checkpoint is of entry %1, but this workstation saw one of entry %2: checkpoints were deleted.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry %1, signed by %2 on %3, is gone: the chain now ends at entry %4. The newest entries were deleted.</source>
        <translation>Entry %1, signed by %2 on %3, is gone: the chain now ends at entry %4. The newest entries were deleted.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entry %1 is not the entry %2 signed on %3: the chain was rewritten up to it and its hashes recomputed.</source>
        <translation>Entry %1 is not the entry %2 signed on %3: the chain was rewritten up to it and its hashes recomputed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entries 1 to %1 are as %2 signed them on %3.</source>
        <translation>Entries 1 to %1 are as %2 signed them on %3.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../core/security/AuditLog.cpp" line="+87"/>
        <source>entry %1 follows entry %2: entries %3 to %4 are missing.</source>
        <translation>entry %1 follows entry %2: entries %3 to %4 are missing.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entry %1 stands where entry %2 belongs: an entry was inserted or renumbered.</source>
        <translation>entry %1 stands where entry %2 belongs: an entry was inserted or renumbered.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>entry %1 was replaced after it was written: entry %2 does not link to it.</source>
        <translation>entry %1 was replaced after it was written: entry %2 does not link to it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %1 does not link to entry %2: entries were reordered, replaced or inserted.</source>
        <translation>entry %1 does not link to entry %2: entries were reordered, replaced or inserted.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entry %1 was changed after it was written.</source>
        <translation>entry %1 was changed after it was written.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the record of the chain&apos;s last entry is missing.</source>
        <translation>the record of the chain&apos;s last entry is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry %1 is missing: the chain ends at entry %2 but %3 entries were written.</source>
        <translation>entry %1 is missing: the chain ends at entry %2 but %3 entries were written.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entry %1 was added behind the program&apos;s back: the chain was recorded as ending at entry %2.</source>
        <translation>entry %1 was added behind the program&apos;s back: the chain was recorded as ending at entry %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %1 was replaced after it was written.</source>
        <translation>entry %1 was replaced after it was written.</translation>
    </message>
    <message>
        <location filename="../core/storage/AuditRepository.cpp" line="+41"/>
        <source>The audit chain&apos;s head record is missing.</source>
        <translation>The audit chain&apos;s head record is missing.</translation>
    </message>
</context>
<context>
    <name>AuditSigner</name>
    <message>
        <location filename="../core/security/AuditSigner.cpp" line="+30"/>
        <source>The signing key could not be protected.</source>
        <translation>The signing key could not be protected.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not enough memory to protect the signing key.</source>
        <translation>Not enough memory to protect the signing key.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The stored signing key is damaged.</source>
        <translation>The stored signing key is damaged.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not enough memory to open the signing key.</source>
        <translation>Not enough memory to open the signing key.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passphrase of the signing key is wrong.</source>
        <translation>The passphrase of the signing key is wrong.</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message numerus="yes">
        <location filename="../core/services/PasswordAttempts.cpp" line="+46"/>
        <source>Too many failed log-ins for this account. Try again in %n second(s), or ask the administrator.</source>
        <translation>
            <numerusform>Too many failed log-ins for this account. Try again in %n second, or ask the administrator.</numerusform>
            <numerusform>Too many failed log-ins for this account. Try again in %n seconds, or ask the administrator.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../core/storage/Backup.cpp" line="+48"/>
        <source>%1 could not be started; install the PostgreSQL client (package postgresql-client-15).</source>
        <translation>%1 could not be started; install the PostgreSQL client (package postgresql-client-15).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+266"/>
        <location line="+35"/>
        <source>%1 cannot be read.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>The compressor could not be started.</source>
        <translation>The compressor could not be started.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup could not be written: %1</source>
        <translation>The backup could not be written: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup was stopped; no file was written.</source>
        <translation>The backup was stopped; no file was written.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+165"/>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>The decompressor could not be started.</source>
        <translation>The decompressor could not be started.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup file is damaged; nothing was restored.</source>
        <translation>The backup file is damaged; nothing was restored.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup holds more than its manifest says; nothing was restored.</source>
        <translation>The backup holds more than its manifest says; nothing was restored.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <location line="+168"/>
        <location line="+9"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>The restore was stopped; nothing was changed.</source>
        <translation>The restore was stopped; nothing was changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup file is cut short; nothing was restored.</source>
        <translation>The backup file is cut short; nothing was restored.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This is not a Gongwen Desk backup this program can read.</source>
        <translation>This is not a Gongwen Desk backup this program can read.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 is open, in Gongwen Desk or another program, on this or another workstation. Close it everywhere, then restore; nothing was restored.</source>
        <translation>%1 is open, in Gongwen Desk or another program, on this or another workstation. Close it everywhere, then restore; nothing was restored.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+19"/>
        <source>The snapshot of the records could not be taken: %1</source>
        <translation>The snapshot of the records could not be taken: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The records kept changing while they were backed up; try again in a quieter moment.</source>
        <translation>The records kept changing while they were backed up; try again in a quieter moment.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not a Gongwen Desk backup.</source>
        <translation>%1 is not a Gongwen Desk backup.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This backup is of a %1 database; it is restored into one of the same kind.</source>
        <translation>This backup is of a %1 database; it is restored into one of the same kind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This backup was made by a newer Gongwen Desk (schema version %1). Install the newer program to restore it.</source>
        <translation>This backup was made by a newer Gongwen Desk (schema version %1). Install the newer program to restore it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 exists; restoring over it needs --force.</source>
        <translation>%1 exists; restoring over it needs --force.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database %1 holds records; restoring over it needs --force.</source>
        <translation>The database %1 holds records; restoring over it needs --force.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The backup does not match its manifest (SHA-256); nothing was restored.</source>
        <translation>The backup does not match its manifest (SHA-256); nothing was restored.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup&apos;s records hold %1 archive files where its manifest lists %2; nothing was restored.</source>
        <translation>The backup&apos;s records hold %1 archive files where its manifest lists %2; nothing was restored.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The archive file %1 in the backup does not match its digest.</source>
        <translation>The archive file %1 in the backup does not match its digest.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 cannot be moved aside; nothing was restored.</source>
        <translation>%1 cannot be moved aside; nothing was restored.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be written; the records are as they were.</source>
        <translation>%1 cannot be written; the records are as they were.</translation>
    </message>
</context>
<context>
    <name>BulletinService</name>
    <message>
        <location filename="../core/services/StatsRecords.h" line="+63"/>
        <source>The serial no longer exists.</source>
        <translation>The serial no longer exists.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The serial 《%1》</source>
        <translation>The serial 《%1》</translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <location filename="../core/workflow/ChainTable.cpp" line="+25"/>
        <location line="+18"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>Drafting</source>
        <translation>Drafting</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+10"/>
        <location line="+8"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>Secretariat review (核稿)</source>
        <translation>Secretariat review (核稿)</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+10"/>
        <location line="+8"/>
        <source>Deputy director&apos;s review</source>
        <translation>Deputy director&apos;s review</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+10"/>
        <source>Legal review</source>
        <translation>Legal review</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Director&apos;s review</source>
        <translation>Director&apos;s review</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Sign-off by the district leader</source>
        <translation>Sign-off by the district leader</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Drafting by the department</source>
        <translation>Drafting by the department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check by the office section</source>
        <translation>Check by the office section</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign-off by the office director</source>
        <translation>Sign-off by the office director</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Approval by the government office director</source>
        <translation>Approval by the government office director</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Approval by the party office director (recorded)</source>
        <translation>Approval by the party office director (recorded)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countersignature by the district leader</source>
        <translation>Countersignature by the district leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-off by the party committee leader (recorded)</source>
        <translation>Sign-off by the party committee leader (recorded)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-off by the party office director (recorded)</source>
        <translation>Sign-off by the party office director (recorded)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registration and numbering</source>
        <translation>Registration and numbering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First reader</source>
        <translation>First reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed without a document (不予行文)</source>
        <translation>Closed without a document (不予行文)</translation>
    </message>
    <message>
        <location filename="../core/domain/ChainVariant.cpp" line="+12"/>
        <source>District government document, drafted in the office</source>
        <translation>District government document, drafted in the office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District government document, drafted by a department (代拟稿)</source>
        <translation>District government document, drafted by a department (代拟稿)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District government office document</source>
        <translation>District government office document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joint document of the party committee and the government</source>
        <translation>Joint document of the party committee and the government</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint document of the two offices</source>
        <translation>Joint document of the two offices</translation>
    </message>
</context>
<context>
    <name>ChainEngine</name>
    <message>
        <location filename="../core/workflow/ChainEngine.cpp" line="+109"/>
        <source>Nothing more can be done at this step.</source>
        <translation>Nothing more can be done at this step.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is done by: %2.</source>
        <translation>“%1” is done by: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>While it is being drafted, a draft is worked on by its drafter, members of its drafting unit or their section head only.</source>
        <translation>While it is being drafted, a draft is worked on by its drafter, members of its drafting unit or their section head only.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No signing leader has been chosen for this draft.</source>
        <translation>No signing leader has been chosen for this draft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This draft waits for the leader chosen to sign it.</source>
        <translation>This draft waits for the leader chosen to sign it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upward documents of the district government are signed by the district head (区长) only.</source>
        <translation>Upward documents of the district government are signed by the district head (区长) only.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The draft is in an unknown state (%1).</source>
        <translation>The draft is in an unknown state (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The draft&apos;s handling has ended: %1.</source>
        <translation>The draft&apos;s handling has ended: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A draft cannot be returned from “%1”.</source>
        <translation>A draft cannot be returned from “%1”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the secretariat review may close a draft as not to be issued (不予行文).</source>
        <translation>Only the secretariat review may close a draft as not to be issued (不予行文).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown action.</source>
        <translation>Unknown action.</translation>
    </message>
</context>
<context>
    <name>Clearance</name>
    <message>
        <location filename="../core/domain/Clearance.cpp" line="+12"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top secret</source>
        <translation>Top secret</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/Cli.cpp" line="+33"/>
        <location line="+108"/>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Audit chain BROKEN at entry %1: %2</source>
        <translation>Audit chain BROKEN at entry %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit chain intact: entries 1 to %1 verified, last hash %2.</source>
        <translation>Audit chain intact: entries 1 to %1 verified, last hash %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The public key file %1 cannot be read.</source>
        <translation>The public key file %1 cannot be read.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds no auditor&apos;s public key.</source>
        <translation>%1 holds no auditor&apos;s public key.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checkpoint BROKEN: %1</source>
        <translation>Checkpoint BROKEN: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint: %1</source>
        <translation>Checkpoint: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Checkpoint BROKEN: %n checkpoint(s) carry a signature that does not hold.</source>
        <translation>
            <numerusform>Checkpoint BROKEN: %n checkpoint carries a signature that does not hold.</numerusform>
            <numerusform>Checkpoint BROKEN: %n checkpoints carry a signature that does not hold.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record CHANGED: %1</source>
        <translation>Record CHANGED: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records match the audit: every audited row is as last recorded.</source>
        <translation>Records match the audit: every audited row is as last recorded.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Demo office written to %1. Every account&apos;s password is %2.</source>
        <translation>Demo office written to %1. Every account&apos;s password is %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say where to write the backup: --to FILE.</source>
        <translation>Say where to write the backup: --to FILE.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The records are of an earlier version (%1); the backup is not recorded in them.</source>
        <translation>The records are of an earlier version (%1); the backup is not recorded in them.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup written to %1: %2 bytes of records, %3 archive files, SHA-256 %4.</source>
        <translation>Backup written to %1: %2 bytes of records, %3 archive files, SHA-256 %4.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say which backup to restore: --from FILE.</source>
        <translation>Say which backup to restore: --from FILE.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup %1 restored into %2; every archive file matches its digest.</source>
        <translation>Backup %1 restored into %2; every archive file matches its digest.</translation>
    </message>
    <message>
        <location filename="../app/CliSearch.cpp" line="+27"/>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Read the text of %1 of %2 files…</source>
        <translation>Read the text of %1 of %2 files…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Indexed %1 of %2 records…</source>
        <translation>Indexed %1 of %2 records…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search index built: %1 documents, %2 with text; %3 MB of text, the index %4 MB.</source>
        <translation>Search index built: %1 documents, %2 with text; %3 MB of text, the index %4 MB.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say who searches and for what: --user NAME &quot;query&quot;.</source>
        <translation>Say who searches and for what: --user NAME &quot;query&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The search index is not built for these records yet: run gongwen reindex first.</source>
        <translation>The search index is not built for these records yet: run gongwen reindex first.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n document(s) found.</source>
        <translation>
            <numerusform>%n document found.</numerusform>
            <numerusform>%n documents found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+68"/>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is on a network drive. SQLite files must stay on a local disk, because network drives do not keep its locks and records can be lost. Offices that share records between workstations use a PostgreSQL server: start with --database postgresql://user@host:port/database.</source>
        <translation>%1 is on a network drive. SQLite files must stay on a local disk, because network drives do not keep its locks and records can be lost. Offices that share records between workstations use a PostgreSQL server: start with --database postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no database at %1.</source>
        <translation>There is no database at %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could be read by other users of this computer; it is now readable by its owner only.</source>
        <translation>%1 could be read by other users of this computer; it is now readable by its owner only.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the database file %1: %2</source>
        <translation>Cannot open the database file %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database server %1 asks for a password: %2</source>
        <translation>The database server %1 asks for a password: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot connect to the database server %1: %2</source>
        <translation>Cannot connect to the database server %1: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The database file %1 cannot use write-ahead logging; it may be on a read-only or unsuitable disk.</source>
        <translation>The database file %1 cannot use write-ahead logging; it may be on a read-only or unsuitable disk.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+20"/>
        <source>Internal error: a transaction is already open.</source>
        <translation>Internal error: a transaction is already open.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Internal error: no transaction to commit.</source>
        <translation>Internal error: no transaction to commit.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The database is in use by another workstation or program. Nothing was saved; please try again in a moment.</source>
        <translation>The database is in use by another workstation or program. Nothing was saved; please try again in a moment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk holding the database is full. Nothing was saved; free some space and try again.</source>
        <translation>The disk holding the database is full. Nothing was saved; free some space and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file is read-only. Nothing was saved.</source>
        <translation>The database file is read-only. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk could not be read or written (%1). Nothing was saved.</source>
        <translation>The disk could not be read or written (%1). Nothing was saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is damaged or is not a Gongwen Desk database (%1).</source>
        <translation>The file is damaged or is not a Gongwen Desk database (%1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database is busy with another workstation&apos;s change. Nothing was saved; please try again.</source>
        <translation>The database is busy with another workstation&apos;s change. Nothing was saved; please try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database server&apos;s disk is full. Nothing was saved.</source>
        <translation>The database server&apos;s disk is full. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the database server was lost (%1). Nothing was saved.</source>
        <translation>The connection to the database server was lost (%1). Nothing was saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database reported an error: %1</source>
        <translation>The database reported an error: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <location filename="../core/storage/DatabaseUrl.cpp" line="+16"/>
        <source>No database address was given.</source>
        <translation>No database address was given.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SQLite address names no file: %1</source>
        <translation>The SQLite address names no file: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PostgreSQL address is not valid: %1</source>
        <translation>The PostgreSQL address is not valid: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Do not put the password in the database address: every user of this computer could read it in the process list. Put it in ~/.pgpass (or the file PGPASSFILE names), or leave it out and you will be asked for it.</source>
        <translation>Do not put the password in the database address: every user of this computer could read it in the process list. Put it in ~/.pgpass (or the file PGPASSFILE names), or leave it out and you will be asked for it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PostgreSQL address has an unknown option “%1”; only sslmode is understood.</source>
        <translation>The PostgreSQL address has an unknown option “%1”; only sslmode is understood.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sslmode “%1” is not one of %2.</source>
        <translation>sslmode “%1” is not one of %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PostgreSQL address names no database: %1</source>
        <translation>The PostgreSQL address names no database: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown kind of database address: %1. Use sqlite:///path/file.db or postgresql://user@host:port/database.</source>
        <translation>Unknown kind of database address: %1. Use sqlite:///path/file.db or postgresql://user@host:port/database.</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <location filename="../core/services/DemoSeeder.cpp" line="+78"/>
        <source>The database is already set up; demo data is only put into an empty database.</source>
        <translation>The database is already set up; demo data is only put into an empty database.</translation>
    </message>
    <message>
        <location filename="../core/services/DemoHistory.cpp" line="+294"/>
        <source>The demonstration&apos;s past has no one to act at “%1”.</source>
        <translation>The demonstration&apos;s past has no one to act at “%1”.</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <location filename="../core/domain/DocumentKinds.cpp" line="+61"/>
        <source>Upward</source>
        <translation>Upward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel</source>
        <translation>Parallel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downward</source>
        <translation>Downward</translation>
    </message>
</context>
<context>
    <name>DocNumber</name>
    <message>
        <location filename="../core/domain/DocNumber.cpp" line="+15"/>
        <source>Enter the document number (文号).</source>
        <translation>Enter the document number (文号).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A document number has no 第: write 黄政发〔2026〕12号.</source>
        <translation>A document number has no 第: write 黄政发〔2026〕12号.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” does not end with 号.</source>
        <translation>“%1” does not end with 号.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” has no year in brackets: write 黄政发〔2026〕12号.</source>
        <translation>“%1” has no year in brackets: write 黄政发〔2026〕12号.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a document number of the form 黄政发〔2026〕12号.</source>
        <translation>“%1” is not a document number of the form 黄政发〔2026〕12号.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The year %1 in the document number is impossible.</source>
        <translation>The year %1 in the document number is impossible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number in a document number has no leading zeros: %1 → %2.</source>
        <translation>The number in a document number has no leading zeros: %1 → %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number %1 in the document number is impossible.</source>
        <translation>The number %1 in the document number is impossible.</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../ui/outgoing/DraftRoutingView.cpp" line="+19"/>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new version</source>
        <translation>new version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned to the drafter</source>
        <translation>returned to the drafter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed (不予行文)</source>
        <translation>closed (不予行文)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/outgoing/DraftVersionsView.cpp" line="+75"/>
        <source>wording fix</source>
        <translation>wording fix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>content change: back to the signer</source>
        <translation>content change: back to the signer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成文日期 set</source>
        <translation>成文日期 set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>genre findings overridden</source>
        <translation>genre findings overridden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed (印制)</source>
        <translation>printed (印制)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reprinted</source>
        <translation>reprinted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent to the first reader</source>
        <translation>sent to the first reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed by the first reader</source>
        <translation>failed by the first reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed by the first reader, released (核发)</source>
        <translation>passed by the first reader, released (核发)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archived (归档) under the archival code</source>
        <translation>archived (归档) under the archival code</translation>
    </message>
    <message>
        <location filename="../ui/outgoing/DraftVersionsView.cpp" line="-1"/>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>content change</source>
        <translation>content change</translation>
    </message>
</context>
<context>
    <name>DraftRepository</name>
    <message>
        <location filename="../core/storage/DraftRepository.cpp" line="+131"/>
        <source>The draft “%1”</source>
        <translation>The draft “%1”</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The new draft got no number.</source>
        <translation>The new draft got no number.</translation>
    </message>
</context>
<context>
    <name>DraftingService</name>
    <message>
        <location filename="../core/services/DraftRecords.cpp" line="+10"/>
        <source>Your clearance (%1) does not cover the secrecy level %2.</source>
        <translation>Your clearance (%1) does not cover the secrecy level %2.</translation>
    </message>
    <message>
        <location filename="../core/services/DraftRecords.h" line="+35"/>
        <source>The draft does not exist or is not visible to you.</source>
        <translation>The draft does not exist or is not visible to you.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The draft “%1”</source>
        <translation>The draft “%1”</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../ui/widgets/ExportMenu.cpp" line="+26"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export to Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export to CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Excel workbook (.xlsx)…</source>
        <translation>&amp;Excel workbook (.xlsx)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, &amp;UTF-8…</source>
        <translation>CSV, &amp;UTF-8…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV, &amp;GB18030 (older spreadsheet programs)…</source>
        <translation>CSV, &amp;GB18030 (older spreadsheet programs)…</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../ui/widgets/FileDialogs.cpp" line="+34"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 file</source>
        <translation>%1 file</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date modified</source>
        <translation>Date modified</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <location filename="../core/domain/FileKind.cpp" line="+91"/>
        <source>a PDF</source>
        <translation>a PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an OFD document</source>
        <translation>an OFD document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a word-processor document</source>
        <translation>a word-processor document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a spreadsheet</source>
        <translation>a spreadsheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a picture</source>
        <translation>a picture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plain text</source>
        <translation>plain text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a compressed archive</source>
        <translation>a compressed archive</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a file of unknown kind</source>
        <translation>a file of unknown kind</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is empty.</source>
        <translation>“%1” is empty.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is named as %2, but its content is %3. Choose the right file, or give it the name of what it is.</source>
        <translation>“%1” is named as %2, but its content is %3. Choose the right file, or give it the name of what it is.</translation>
    </message>
</context>
<context>
    <name>FirstReaderChecklist</name>
    <message>
        <location filename="../core/domain/Printing.cpp" line="+25"/>
        <source>The printed text matches the signed version (differences read and explained)</source>
        <translation>The printed text matches the signed version (differences read and explained)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>版头: 份号, 密级, 紧急程度, red 标志, 发文字号 and the red line in place</source>
        <translation>版头: 份号, 密级, 紧急程度, red 标志, 发文字号 and the red line in place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title, 主送机关 and headings as written</source>
        <translation>Title, 主送机关 and headings as written</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>署名, 成文日期 and the seal: clear, upright, over the date</source>
        <translation>署名, 成文日期 and the seal: clear, upright, over the date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>版记: 抄送, 印发机关 and 印发日期 between the rules</source>
        <translation>版记: 抄送, 印发机关 and 印发日期 between the rules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page numbers complete and in order; attachments follow the text</source>
        <translation>Page numbers complete and in order; attachments follow the text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print quality: no smudges, missing strokes or skewed pages</source>
        <translation>Print quality: no smudges, missing strokes or skewed pages</translation>
    </message>
</context>
<context>
    <name>FormatRules</name>
    <message>
        <location filename="../core/workflow/FormatRules.cpp" line="+152"/>
        <source>发文字号: 〔〕, no 第, no leading zeros</source>
        <translation>发文字号: 〔〕, no 第, no leading zeros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请示: one 主送机关</source>
        <translation>请示: one 主送机关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>签发人 on an upward document</source>
        <translation>签发人 on an upward document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>抄送 in 党、政、军、群 order</source>
        <translation>抄送 in 党、政、军、群 order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>抄送 ends with 。</source>
        <translation>抄送 ends with 。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>成文日期 in full, no leading zeros</source>
        <translation>成文日期 in full, no leading zeros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>附件说明 matches the attachments</source>
        <translation>附件说明 matches the attachments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrecy level and period (密级★保密期限)</source>
        <translation>Secrecy level and period (密级★保密期限)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+137"/>
        <source>Main recipients (主送机关)</source>
        <translation>Main recipients (主送机关)</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+10"/>
        <source>Copied to (抄送机关)</source>
        <translation>Copied to (抄送机关)</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+19"/>
        <location line="+6"/>
        <source>Attachment note (附件说明)</source>
        <translation>Attachment note (附件说明)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>Secrecy level and period (密级和保密期限)</source>
        <translation>Secrecy level and period (密级和保密期限)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Title (标题)</source>
        <translation>Title (标题)</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Title punctuation</source>
        <translation>Title punctuation</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>applies to a 请示</source>
        <translation>applies to a 请示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>applies to an upward document (上行文)</source>
        <translation>applies to an upward document (上行文)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>applies to genres addressed to someone</source>
        <translation>applies to genres addressed to someone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>applies to a document with a 发文字号</source>
        <translation>applies to a document with a 发文字号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>applies to a document with 抄送机关</source>
        <translation>applies to a document with 抄送机关</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>applies to a document with attachments</source>
        <translation>applies to a document with attachments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>applies to a document with a secrecy level</source>
        <translation>applies to a document with a secrecy level</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>applies to every document</source>
        <translation>applies to every document</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>主送机关 where the genre needs one</source>
        <translation>主送机关 where the genre needs one</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请示: closes with its request (妥否，请批示)</source>
        <translation>请示: closes with its request (妥否，请批示)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请示: contact person and telephone in the 附注</source>
        <translation>请示: contact person and telephone in the 附注</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” has 第 before the number.</source>
        <translation>“%1” has 第 before the number.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+5"/>
        <source>Document number (发文字号)</source>
        <translation>Document number (发文字号)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>“%1” is not in the form prefix〔year〕number号 with the year in full inside 〔〕.</source>
        <translation>“%1” is not in the form prefix〔year〕number号 with the year in full inside 〔〕.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” has leading zeros in its number.</source>
        <translation>“%1” has leading zeros in its number.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A 请示 has %1 主送机关; it goes to one, the others can be copied.</source>
        <translation>A 请示 has %1 主送机关; it goes to one, the others can be copied.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An upward document shows its 签发人, and none is given.</source>
        <translation>An upward document shows its 签发人, and none is given.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signer (签发人)</source>
        <translation>Signer (签发人)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” (%2) comes after “%3” (%4): 抄送 goes 党、政、军、群.</source>
        <translation>“%1” (%2) comes after “%3” (%4): 抄送 goes 党、政、军、群.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” ends with punctuation: the line is separated by ，and ends with a single 。.</source>
        <translation>“%1” ends with punctuation: the line is separated by ，and ends with a single 。.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The 成文日期 is missing.</source>
        <translation>The 成文日期 is missing.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Date of writing (成文日期)</source>
        <translation>Date of writing (成文日期)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not written as 2026年1月5日 (Arabic numerals, the year in full, no leading zeros).</source>
        <translation>“%1” is not written as 2026年1月5日 (Arabic numerals, the year in full, no leading zeros).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The attachment name “%1” ends with punctuation.</source>
        <translation>The attachment name “%1” ends with punctuation.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The 附件说明 in the text (%1) does not match the attachments (%2).</source>
        <translation>The 附件说明 in the text (%1) does not match the attachments (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text repeats the 附件说明, which is printed from the attachments: remove it from the text.</source>
        <translation>The text repeats the 附件说明, which is printed from the attachments: remove it from the text.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A 保密期限 (%1) is set on a document with no 密级.</source>
        <translation>A 保密期限 (%1) is set on a document with no 密级.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a 保密期限 such as 1年, 6个月 or 长期 (it follows the ★ of the mark).</source>
        <translation>“%1” is not a 保密期限 such as 1年, 6个月 or 长期 (it follows the ★ of the mark).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The title has “%1”: a title uses no punctuation except 书名号 around the names of laws and rules.</source>
        <translation>The title has “%1”: a title uses no punctuation except 书名号 around the names of laws and rules.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Body (正文)</source>
        <translation>Body (正文)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 请示 does not close with its request (e.g. 妥否，请批示 or 特此请示，请予审批).</source>
        <translation>The 请示 does not close with its request (e.g. 妥否，请批示 or 特此请示，请予审批).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annotation (附注)</source>
        <translation>Annotation (附注)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 请示 names no contact person and telephone in its 附注.</source>
        <translation>The 请示 names no contact person and telephone in its 附注.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A %1 is addressed to someone, and no 主送机关 is given.</source>
        <translation>A %1 is addressed to someone, and no 主送机关 is given.</translation>
    </message>
</context>
<context>
    <name>Genre</name>
    <message>
        <location filename="../core/domain/DocumentKinds.cpp" line="-29"/>
        <source>Resolution (决议)</source>
        <translation>Resolution (决议)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision (决定)</source>
        <translation>Decision (决定)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order (命令)</source>
        <translation>Order (命令)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communiqué (公报)</source>
        <translation>Communiqué (公报)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announcement (公告)</source>
        <translation>Announcement (公告)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public notice (通告)</source>
        <translation>Public notice (通告)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opinion (意见)</source>
        <translation>Opinion (意见)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice (通知)</source>
        <translation>Notice (通知)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulletin (通报)</source>
        <translation>Bulletin (通报)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report (报告)</source>
        <translation>Report (报告)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request for instructions (请示)</source>
        <translation>Request for instructions (请示)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply (批复)</source>
        <translation>Reply (批复)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motion (议案)</source>
        <translation>Motion (议案)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter (函)</source>
        <translation>Letter (函)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes (纪要)</source>
        <translation>Minutes (纪要)</translation>
    </message>
</context>
<context>
    <name>GenreRules</name>
    <message>
        <location filename="../core/workflow/GenreRules.cpp" line="+41"/>
        <source>A 请示 goes upward, to a higher authority.</source>
        <translation>A 请示 goes upward, to a higher authority.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A 请示 has exactly one principal recipient (主送机关); this draft has %1.</source>
        <translation>A 请示 has exactly one principal recipient (主送机关); this draft has %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A 请示 asks about one matter only (一文一事).</source>
        <translation>A 请示 asks about one matter only (一文一事).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A 请示 is addressed to an organ, not to a leader personally (“%1”).</source>
        <translation>A 请示 is addressed to an organ, not to a leader personally (“%1”).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A 批复 goes downward, to the unit that asked.</source>
        <translation>A 批复 goes downward, to the unit that asked.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A 批复 answers a 请示: give the document number of the 请示.</source>
        <translation>A 批复 answers a 请示: give the document number of the 请示.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A 函 goes between units that are not superior and subordinate: its direction is parallel.</source>
        <translation>A 函 goes between units that are not superior and subordinate: its direction is parallel.</translation>
    </message>
</context>
<context>
    <name>HandlingDialog</name>
    <message>
        <location filename="../ui/incoming/HandlingDialog.cpp" line="+47"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triage decision reversed</source>
        <translation>Triage decision reversed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal (拟办)</source>
        <translation>Proposal (拟办)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruction (签批)</source>
        <translation>Instruction (签批)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distributed</source>
        <translation>Distributed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled</source>
        <translation>Handled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urged by phone</source>
        <translation>Urged by phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urged by notice</source>
        <translation>Urged by notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urged in person</source>
        <translation>Urged in person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
</context>
<context>
    <name>HotlineScope</name>
    <message>
        <location filename="../core/workflow/MatterFlow.cpp" line="+224"/>
        <source>This is the Party committee&apos;s work: please contact the General Office of the district Party committee (区委办公室).</source>
        <translation>This is the Party committee&apos;s work: please contact the General Office of the district Party committee (区委办公室).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is for the people&apos;s congress: please contact the office of the district people&apos;s congress standing committee (区人大常委会办公室) or your deputy.</source>
        <translation>This is for the people&apos;s congress: please contact the office of the district people&apos;s congress standing committee (区人大常委会办公室) or your deputy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is for the CPPCC: please contact the office of the district CPPCC committee (区政协办公室).</source>
        <translation>This is for the CPPCC: please contact the office of the district CPPCC committee (区政协办公室).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This concerns the army: please contact the district&apos;s people&apos;s armed forces department (区人武部).</source>
        <translation>This concerns the army: please contact the district&apos;s people&apos;s armed forces department (区人武部).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is for the courts: please contact the district people&apos;s court (区人民法院); a case is decided there, not by the government.</source>
        <translation>This is for the courts: please contact the district people&apos;s court (区人民法院); a case is decided there, not by the government.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is for the procuratorate: please contact the district people&apos;s procuratorate (区人民检察院).</source>
        <translation>This is for the procuratorate: please contact the district people&apos;s procuratorate (区人民检察院).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters and visits are received by the petitions office (区信访局): please write to or visit it; it registers and answers them.</source>
        <translation>Letters and visits are received by the petitions office (区信访局): please write to or visit it; it registers and answers them.</translation>
    </message>
</context>
<context>
    <name>IncomingImport</name>
    <message>
        <location filename="../core/services/IncomingImport.cpp" line="+136"/>
        <source>The file is not UTF-8, and GB18030 cannot be read here.</source>
        <translation>The file is not UTF-8, and GB18030 cannot be read here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is neither UTF-8 nor GB18030 text.</source>
        <translation>The file is neither UTF-8 nor GB18030 text.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The heading row needs the columns 来文机关 (sender) and 标题 (title).</source>
        <translation>The heading row needs the columns 来文机关 (sender) and 标题 (title).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“%1” is not in the unit directory.</source>
        <translation>“%1” is not in the unit directory.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The title is empty.</source>
        <translation>The title is empty.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not one of the 15 genres.</source>
        <translation>“%1” is not one of the 15 genres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Urgency is 特急, 加急 (急件) or 普通, not “%1”.</source>
        <translation>Urgency is 特急, 加急 (急件) or 普通, not “%1”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Secrecy is 秘密, 机密 or 绝密, not “%1”.</source>
        <translation>Secrecy is 秘密, 机密 or 绝密, not “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your clearance does not cover %1.</source>
        <translation>Your clearance does not cover %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The number of copies “%1” is not a number from 1 to 9999.</source>
        <translation>The number of copies “%1” is not a number from 1 to 9999.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a date (2026-03-02 or 2026-03-02 09:30).</source>
        <translation>“%1” is not a date (2026-03-02 or 2026-03-02 09:30).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 appears twice in the file.</source>
        <translation>%1 appears twice in the file.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n row(s) have problems: nothing was imported. Correct the file, or import only the good rows.</source>
        <translation>
            <numerusform>%n row have problems: nothing was imported. Correct the file, or import only the good rows.</numerusform>
            <numerusform>%n rows have problems: nothing was imported. Correct the file, or import only the good rows.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>Row %1: %2 Nothing was imported.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import cancelled: nothing was imported.</translation>
    </message>
</context>
<context>
    <name>IncomingRepository</name>
    <message>
        <location filename="../core/storage/IncomingRepository.cpp" line="+323"/>
        <source>The incoming document “%1”</source>
        <translation>The incoming document “%1”</translation>
    </message>
</context>
<context>
    <name>IncomingService</name>
    <message>
        <location filename="../core/services/IncomingRecords.h" line="+36"/>
        <source>Your clearance (%1) does not cover the secrecy level %2.</source>
        <translation>Your clearance (%1) does not cover the secrecy level %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The document does not exist or is not visible to you.</source>
        <translation>The document does not exist or is not visible to you.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The incoming document “%1”</source>
        <translation>The incoming document “%1”</translation>
    </message>
    <message>
        <location filename="../core/workflow/IncomingPolicy.cpp" line="+38"/>
        <source>Choose at least one reader or handler.</source>
        <translation>Choose at least one reader or handler.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a handler can lead (主办).</source>
        <translation>Only a handler can lead (主办).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>With several handlers, exactly one leads (主办) and the others assist (协办).</source>
        <translation>With several handlers, exactly one leads (主办) and the others assist (协办).</translation>
    </message>
</context>
<context>
    <name>Issuer</name>
    <message>
        <location filename="../core/domain/DocumentKinds.cpp" line="+4"/>
        <source>District government</source>
        <translation>District government</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District government office</source>
        <translation>District government office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District party committee and district government (joint)</source>
        <translation>District party committee and district government (joint)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party committee office and government office (joint)</source>
        <translation>Party committee office and government office (joint)</translation>
    </message>
</context>
<context>
    <name>LetterRoute</name>
    <message>
        <location filename="../core/domain/CitizenLetter.cpp" line="+10"/>
        <source>Petitions office (信访)</source>
        <translation>Petitions office (信访)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government hotline (直线电话)</source>
        <translation>Government hotline (直线电话)</translation>
    </message>
</context>
<context>
    <name>LetterService</name>
    <message>
        <location filename="../core/services/LetterRecords.h" line="+25"/>
        <source>A recorded letter is not changed.</source>
        <translation>A recorded letter is not changed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The letter does not exist.</source>
        <translation>The letter does not exist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter from %1</source>
        <translation>The letter from %1</translation>
    </message>
</context>
<context>
    <name>Markup</name>
    <message>
        <location filename="../core/domain/Markup.cpp" line="+15"/>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strike out</source>
        <translation>Strike out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert here</source>
        <translation>Insert here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content and policy (政策)</source>
        <translation>Content and policy (政策)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genre and format (文种格式)</source>
        <translation>Genre and format (文种格式)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wording (文字)</source>
        <translation>Wording (文字)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>MarkupRepository</name>
    <message>
        <location filename="../core/storage/MarkupRepository.cpp" line="+122"/>
        <source>The markup “%1”</source>
        <translation>The markup “%1”</translation>
    </message>
</context>
<context>
    <name>MarkupService</name>
    <message>
        <location filename="../core/services/DraftRecords.h" line="+25"/>
        <source>The markup does not exist or is not visible to you.</source>
        <translation>The markup does not exist or is not visible to you.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The markup “%1”</source>
        <translation>The markup “%1”</translation>
    </message>
</context>
<context>
    <name>Matter</name>
    <message>
        <location filename="../core/domain/Matter.cpp" line="+12"/>
        <source>Leader&apos;s instruction (领导批示件)</source>
        <translation>Leader&apos;s instruction (领导批示件)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting decision (会议议定事项)</source>
        <translation>Meeting decision (会议议定事项)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key project (重点工作)</source>
        <translation>Key project (重点工作)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestion or proposal (建议提案)</source>
        <translation>Suggestion or proposal (建议提案)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotline call (直线电话)</source>
        <translation>Hotline call (直线电话)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no light</source>
        <translation>no light</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>green: on time</source>
        <translation>green: on time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yellow: deadline near</source>
        <translation>yellow: deadline near</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>red: overdue</source>
        <translation>red: overdue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Criticism of government work or staff</source>
        <translation>Criticism of government work or staff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestion on reform, the economy or city management</source>
        <translation>Suggestion on reform, the economy or city management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question on a department&apos;s duties or procedures</source>
        <translation>Question on a department&apos;s duties or procedures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A problem that needs the government</source>
        <translation>A problem that needs the government</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint about a breach of administrative law</source>
        <translation>Complaint about a breach of administrative law</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party committee matter (区委)</source>
        <translation>Party committee matter (区委)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People&apos;s congress matter (人大)</source>
        <translation>People&apos;s congress matter (人大)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPPCC matter (政协)</source>
        <translation>CPPCC matter (政协)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Army matter (军队)</source>
        <translation>Army matter (军队)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court matter (法院)</source>
        <translation>Court matter (法院)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procuratorate matter (检察院)</source>
        <translation>Procuratorate matter (检察院)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter or visit (信访)</source>
        <translation>Letter or visit (信访)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not asked</source>
        <translation>not asked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satisfied (满意)</source>
        <translation>satisfied (满意)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>basically satisfied (基本满意)</source>
        <translation>basically satisfied (基本满意)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dissatisfied (不满意)</source>
        <translation>dissatisfied (不满意)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registered (立项)</source>
        <translation>Registered (立项)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress (办理中)</source>
        <translation>In progress (办理中)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported done (办结报告)</source>
        <translation>Reported done (办结报告)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted (审核通过)</source>
        <translation>Accepted (审核通过)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed (销号)</source>
        <translation>Closed (销号)</translation>
    </message>
</context>
<context>
    <name>MatterFlow</name>
    <message>
        <location filename="../core/workflow/MatterFlow.cpp" line="-207"/>
        <source>Assign (交办)</source>
        <translation>Assign (交办)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advise the caller and close</source>
        <translation>Advise the caller and close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split into sub-tasks (分解)</source>
        <translation>Split into sub-tasks (分解)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record progress (进展反馈)</source>
        <translation>Record progress (进展反馈)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the report of completion (办结报告)</source>
        <translation>Record the report of completion (办结报告)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an extension request (延期申请)</source>
        <translation>Record an extension request (延期申请)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide the extension request</source>
        <translation>Decide the extension request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the report (审核)</source>
        <translation>Review the report (审核)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (销号)</source>
        <translation>Close (销号)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urge (催办)</source>
        <translation>Urge (催办)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>A call outside the scope is not transferred: give the caller the advice of where to go.</source>
        <translation>A call outside the scope is not transferred: give the caller the advice of where to go.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a call outside the scope is closed with advice; this one is transferred.</source>
        <translation>Only a call outside the scope is closed with advice; this one is transferred.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls and sub-tasks are not split further.</source>
        <translation>Calls and sub-tasks are not split further.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sub-task(s) are still open: the task closes by itself when the last of them closes.</source>
        <translation>
            <numerusform>%n sub-task are still open: the task closes by itself when the last of them closes.</numerusform>
            <numerusform>%n sub-tasks are still open: the task closes by itself when the last of them closes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No extension has been asked for.</source>
        <translation>No extension has been asked for.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An extension request waits for a decision already.</source>
        <translation>An extension request waits for a decision already.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deadline (%1) has passed: an extension is asked for before it. Urge the unit instead.</source>
        <translation>The deadline (%1) has passed: an extension is asked for before it. Urge the unit instead.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not possible while the matter is %2.</source>
        <translation>“%1” is not possible while the matter is %2.</translation>
    </message>
</context>
<context>
    <name>MatterRepository</name>
    <message>
        <location filename="../core/storage/MatterRepository.cpp" line="+234"/>
        <source>The matter “%1”</source>
        <translation>The matter “%1”</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../core/storage/Migrations.cpp" line="+435"/>
        <source>This database was written by a newer Gongwen Desk (schema version %1; this program knows versions up to %2). Install the newer program to open it. Nothing was changed.</source>
        <translation>This database was written by a newer Gongwen Desk (schema version %1; this program knows versions up to %2). Install the newer program to open it. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Updating the database to version %1 failed; nothing was changed. %2</source>
        <translation>Updating the database to version %1 failed; nothing was changed. %2</translation>
    </message>
</context>
<context>
    <name>OfficeRepository</name>
    <message>
        <location filename="../core/services/DirectoryRecords.h" line="+104"/>
        <location filename="../core/storage/OfficeRepository.cpp" line="+87"/>
        <source>The office settings</source>
        <translation>The office settings</translation>
    </message>
</context>
<context>
    <name>OfficeService</name>
    <message>
        <location line="-4"/>
        <source>The office has not been set up.</source>
        <translation>The office has not been set up.</translation>
    </message>
</context>
<context>
    <name>PdfProbe</name>
    <message>
        <location filename="../core/pdf/PdfProbe.cpp" line="+15"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not a PDF.</source>
        <translation>The file is not a PDF.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PDF is damaged and cannot be opened.</source>
        <translation>The PDF is damaged and cannot be opened.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PDF is protected by a password.</source>
        <translation>The PDF is protected by a password.</translation>
    </message>
</context>
<context>
    <name>PdfStamp</name>
    <message>
        <location filename="../core/pdf/PdfStamp.cpp" line="+22"/>
        <source>The stamp could not be put on the PDF: %1</source>
        <translation>The stamp could not be put on the PDF: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it has no pages.</source>
        <translation>it has no pages.</translation>
    </message>
</context>
<context>
    <name>PdfWorker</name>
    <message>
        <location filename="../core/pdf/PdfWorker.cpp" line="+90"/>
        <source>The PDF worker received an unknown request.</source>
        <translation>The PDF worker received an unknown request.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a PDF.</source>
        <translation>The file is not a PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>The PDF is damaged and cannot be opened.</source>
        <translation>The PDF is damaged and cannot be opened.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The PDF is protected by a password.</source>
        <translation>The PDF is protected by a password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password for the PDF is wrong.</source>
        <translation>The password for the PDF is wrong.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PDF has no pages.</source>
        <translation>The PDF has no pages.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF has %1 pages, more than the %2 this program opens.</source>
        <translation>The PDF has %1 pages, more than the %2 this program opens.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+82"/>
        <location line="+90"/>
        <location filename="../core/pdf/PdfWorkerOps.cpp" line="+26"/>
        <source>No PDF is open.</source>
        <translation>No PDF is open.</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Page %1 does not exist.</source>
        <translation>Page %1 does not exist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page %1 cannot be read.</source>
        <translation>Page %1 cannot be read.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Page %1 is too large to show at this zoom.</source>
        <translation>Page %1 is too large to show at this zoom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page %1 could not be drawn.</source>
        <translation>Page %1 could not be drawn.</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+4"/>
        <source>The PDF could not be copied.</source>
        <translation>The PDF could not be copied.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The marked-up copy could not be written.</source>
        <translation>The marked-up copy could not be written.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The PDF reader could not lock itself down on this computer (%1), so it opens no PDF. Ask the administrator to check the system.</source>
        <translation>The PDF reader could not lock itself down on this computer (%1), so it opens no PDF. Ask the administrator to check the system.</translation>
    </message>
</context>
<context>
    <name>PdfWorkerClient</name>
    <message>
        <location filename="../core/pdf/PdfWorkerClient.cpp" line="+62"/>
        <source>The PDF reader could not be started.</source>
        <translation>The PDF reader could not be started.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The PDF reader sent more than any page needs and was stopped. Nothing was changed.</source>
        <translation>The PDF reader sent more than any page needs and was stopped. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PDF reader stopped on this file: it is probably damaged. Nothing was changed.</source>
        <translation>The PDF reader stopped on this file: it is probably damaged. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF reader took too long on this file and was stopped. Nothing was changed.</source>
        <translation>The PDF reader took too long on this file and was stopped. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PDF reader answered out of turn and was restarted.</source>
        <translation>The PDF reader answered out of turn and was restarted.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No PDF is open.</source>
        <translation>No PDF is open.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Page %1 took too long or stopped the PDF reader, so it is not read again by itself. Choose Try again to read it.</source>
        <translation>Page %1 took too long or stopped the PDF reader, so it is not read again by itself. Choose Try again to read it.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The PDF reader sent a broken page image.</source>
        <translation>The PDF reader sent a broken page image.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reading the document was stopped after %1 of %2 pages.</source>
        <translation>Reading the document was stopped after %1 of %2 pages.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../core/security/Permissions.cpp" line="+26"/>
        <source>view the unit directory</source>
        <translation>view the unit directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a unit to the directory</source>
        <translation>add a unit to the directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit a unit of the directory</source>
        <translation>edit a unit of the directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retire or restore a unit</source>
        <translation>retire or restore a unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view user accounts</source>
        <translation>view user accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage user accounts</source>
        <translation>manage user accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assign posts and clearances</source>
        <translation>assign posts and clearances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the office settings</source>
        <translation>change the office settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit the work calendar</source>
        <translation>edit the work calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the audit log</source>
        <translation>read the audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign for and register incoming documents</source>
        <translation>sign for and register incoming documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>triage incoming documents</source>
        <translation>triage incoming documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distribute and circulate documents</source>
        <translation>distribute and circulate documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>urge overdue items</source>
        <translation>urge overdue items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archive finished items</source>
        <translation>archive finished items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lend archived items</source>
        <translation>lend archived items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log seal use</source>
        <translation>log seal use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft an outgoing document</source>
        <translation>draft an outgoing document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revise a returned draft</source>
        <translation>revise a returned draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check a draft for the section</source>
        <translation>check a draft for the section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review a draft (核稿)</source>
        <translation>review a draft (核稿)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve a draft as deputy director</source>
        <translation>approve a draft as deputy director</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review a normative document</source>
        <translation>review a normative document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review a draft as director</source>
        <translation>review a draft as director</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign off a document</source>
        <translation>sign off a document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give an instruction</source>
        <translation>give an instruction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print and number copies</source>
        <translation>print and number copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pass or fail a printed document as first reader</source>
        <translation>pass or fail a printed document as first reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>register and track supervised matters (督查)</source>
        <translation>register and track supervised matters (督查)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>track deputies&apos; suggestions and proposals</source>
        <translation>track deputies&apos; suggestions and proposals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log hotline calls</source>
        <translation>log hotline calls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view statistics</source>
        <translation>view statistics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view review quality (核稿质量)</source>
        <translation>view review quality (核稿质量)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the annual ranking (文件评比)</source>
        <translation>view the annual ranking (文件评比)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set the ranking&apos;s scoring scheme</source>
        <translation>set the ranking&apos;s scoring scheme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compose a quality bulletin (办文质量通报)</source>
        <translation>compose a quality bulletin (办文质量通报)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the register of serial publications (刊物)</source>
        <translation>keep the register of serial publications (刊物)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see supervised matters (督查)</source>
        <translation>see supervised matters (督查)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the archive and its catalogue (档案)</source>
        <translation>see the archive and its catalogue (档案)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back up the records with every stored file</source>
        <translation>back up the records with every stored file</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>You may not %1. This is done by: %2.</source>
        <translation>You may not %1. This is done by: %2.</translation>
    </message>
</context>
<context>
    <name>PrintRepository</name>
    <message>
        <location filename="../core/storage/PrintRepository.cpp" line="+25"/>
        <source>The print job got no number.</source>
        <translation>The print job got no number.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>The first reading got no number.</source>
        <translation>The first reading got no number.</translation>
    </message>
</context>
<context>
    <name>PrintedElement</name>
    <message>
        <location filename="../core/domain/OfficialDocument.cpp" line="+174"/>
        <source>Masthead (版头): copy number (份号)</source>
        <translation>Masthead (版头): copy number (份号)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masthead (版头): secrecy (密级)</source>
        <translation>Masthead (版头): secrecy (密级)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masthead (版头): urgency (紧急程度)</source>
        <translation>Masthead (版头): urgency (紧急程度)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masthead (版头): issuer&apos;s flag (发文机关标志)</source>
        <translation>Masthead (版头): issuer&apos;s flag (发文机关标志)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masthead (版头): document number (发文字号)</source>
        <translation>Masthead (版头): document number (发文字号)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masthead (版头): signed by (签发人)</source>
        <translation>Masthead (版头): signed by (签发人)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (标题)</source>
        <translation>Title (标题)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main recipients (主送机关)</source>
        <translation>Main recipients (主送机关)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body (正文): paragraph %1</source>
        <translation>Body (正文): paragraph %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment note (附件说明): line %1</source>
        <translation>Attachment note (附件说明): line %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer&apos;s signature (署名)</source>
        <translation>Issuer&apos;s signature (署名)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date (成文日期)</source>
        <translation>Date (成文日期)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotation (附注)</source>
        <translation>Annotation (附注)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment %1: its mark (附件)</source>
        <translation>Attachment %1: its mark (附件)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment %1: its title</source>
        <translation>Attachment %1: its title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colophon (版记): copied to (抄送)</source>
        <translation>Colophon (版记): copied to (抄送)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colophon (版记): printed by (印发机关)</source>
        <translation>Colophon (版记): printed by (印发机关)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colophon (版记): print date (印发日期)</source>
        <translation>Colophon (版记): print date (印发日期)</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <location filename="../core/storage/PrivateFiles.cpp" line="+88"/>
        <location line="+24"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 is larger than the %2 MB this program reads at once. Nothing was read.</source>
        <translation>%1 is larger than the %2 MB this program reads at once. Nothing was read.</translation>
    </message>
</context>
<context>
    <name>RankingTables</name>
    <message>
        <location filename="../core/services/RankingTables.cpp" line="+28"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy errors</source>
        <translation>Policy errors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genre/format errors</source>
        <translation>Genre/format errors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wording errors</source>
        <translation>Wording errors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returns (倒流)</source>
        <translation>Returns (倒流)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First-reader failures</source>
        <translation>First-reader failures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On time / with a limit</source>
        <translation>On time / with a limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working</source>
        <translation>Working</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not ranked</source>
        <translation>not ranked</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Annual ranking %1</source>
        <translation>Annual ranking %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scoring scheme version %1: %2. %3</source>
        <translation>Scoring scheme version %1: %2. %3</translation>
    </message>
</context>
<context>
    <name>RatingRepository</name>
    <message>
        <location filename="../core/storage/RatingRepository.cpp" line="+87"/>
        <source>The new scoring scheme got no number.</source>
        <translation>The new scoring scheme got no number.</translation>
    </message>
</context>
<context>
    <name>RatingScheme</name>
    <message>
        <location filename="../core/domain/Rating.cpp" line="+43"/>
        <source>Every weight must be between 0 and %1.</source>
        <translation>Every weight must be between 0 and %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number of documents that earns the full volume points must be between 1 and 100000.</source>
        <translation>The number of documents that earns the full volume points must be between 1 and 100000.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Score = %1 − %2 × policy errors per document − %3 × genre/format errors per document − %4 × wording errors per document − %5 × returns (倒流) per document − %6 × first-reader failures per document + %7 × on-time rate + %8 × min(documents ÷ %9, 1)</source>
        <translation>Score = %1 − %2 × policy errors per document − %3 × genre/format errors per document − %4 × wording errors per document − %5 × returns (倒流) per document − %6 × first-reader failures per document + %7 × on-time rate + %8 × min(documents ÷ %9, 1)</translation>
    </message>
</context>
<context>
    <name>RatingService</name>
    <message>
        <location filename="../core/services/StatsRecords.h" line="-43"/>
        <source>A stored scoring scheme is never changed: save the change as a new version.</source>
        <translation>A stored scoring scheme is never changed: save the change as a new version.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The scoring scheme no longer exists.</source>
        <translation>The scoring scheme no longer exists.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scoring scheme version %1</source>
        <translation>Scoring scheme version %1</translation>
    </message>
</context>
<context>
    <name>ReadPdfText</name>
    <message>
        <location filename="../ui/widgets/ReadPdfText.cpp" line="+40"/>
        <source>Reading the document&apos;s text took longer than %1 s and was stopped. Fill in the fields by hand.</source>
        <translation>Reading the document&apos;s text took longer than %1 s and was stopped. Fill in the fields by hand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the document&apos;s text…</source>
        <translation>Reading the document&apos;s text…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RetentionRules</name>
    <message>
        <location filename="../core/domain/ArchiveCode.cpp" line="+57"/>
        <source>The retention rule “%1” is not of the form “本单位 请示 永久”: who issued it (本单位 or 收文), the genre (or 规范性文件, 全部), the retention (永久, 30年 or 10年).</source>
        <translation>The retention rule “%1” is not of the form “本单位 请示 永久”: who issued it (本单位 or 收文), the genre (or 规范性文件, 全部), the retention (永久, 30年 or 10年).</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../core/domain/Role.cpp" line="+12"/>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafter</source>
        <translation>Drafter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section head</source>
        <translation>Section head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy director</source>
        <translation>Deputy director</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal reviewer</source>
        <translation>Legal reviewer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office director</source>
        <translation>Office director</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District leader</source>
        <translation>District leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First reader</source>
        <translation>First reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision office</source>
        <translation>Supervision office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotline operator</source>
        <translation>Hotline operator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System administrator</source>
        <translation>System administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security officer</source>
        <translation>Security officer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security auditor</source>
        <translation>Security auditor</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>RowConflict</name>
    <message>
        <location filename="../core/storage/RowConflict.cpp" line="+20"/>
        <source>%1 was changed by %2 at %3 while you were editing it. Your changes were not saved and are kept in the form: reload the record, then apply them again.</source>
        <translation>%1 was changed by %2 at %3 while you were editing it. Your changes were not saved and are kept in the form: reload the record, then apply them again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another user</source>
        <translation>another user</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 no longer exists.</source>
        <translation>%1 no longer exists.</translation>
    </message>
</context>
<context>
    <name>SavePdf</name>
    <message>
        <location filename="../ui/widgets/SavePdf.cpp" line="+48"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SearchKind</name>
    <message>
        <location filename="../core/domain/SearchDoc.cpp" line="+10"/>
        <source>Outgoing documents and drafts (发文)</source>
        <translation>Outgoing documents and drafts (发文)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming documents (收文)</source>
        <translation>Incoming documents (收文)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived items (档案)</source>
        <translation>Archived items (档案)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision matters (督查)</source>
        <translation>Supervision matters (督查)</translation>
    </message>
</context>
<context>
    <name>SerialRepository</name>
    <message>
        <location filename="../core/storage/SerialRepository.cpp" line="+91"/>
        <source>The new serial got no number.</source>
        <translation>The new serial got no number.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The serial was changed at another workstation meanwhile. Reload it.</source>
        <translation>The serial was changed at another workstation meanwhile. Reload it.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The issue was numbered at another workstation meanwhile.</source>
        <translation>The issue was numbered at another workstation meanwhile.</translation>
    </message>
</context>
<context>
    <name>ServiceContext</name>
    <message>
        <location filename="../core/services/ServiceContext.cpp" line="+20"/>
        <source>Log in first; nothing was changed.</source>
        <translation>Log in first; nothing was changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This account has been disabled. Log out; nothing was changed.</source>
        <translation>This account has been disabled. Log out; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../core/domain/Statistics.cpp" line="+149"/>
        <source>Drafting unit</source>
        <translation>Drafting unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafter</source>
        <translation>Drafter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Documents handled</source>
        <translation>Documents handled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors found in review</source>
        <translation>Errors found in review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returns (倒流)</source>
        <translation>Returns (倒流)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First-reader failures</source>
        <translation>First-reader failures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format findings at submission</source>
        <translation>Format findings at submission</translation>
    </message>
</context>
<context>
    <name>StatsCharts</name>
    <message>
        <location filename="../ui/stats/StatsCharts.cpp" line="+61"/>
        <source>Defects by kind and %1</source>
        <translation>Defects by kind and %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Month by month</source>
        <translation>Month by month</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Errors found and slipped past, by reviewer</source>
        <translation>Errors found and slipped past, by reviewer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Found: %1</source>
        <translation>Found: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Slipped past</source>
        <translation>Slipped past</translation>
    </message>
</context>
<context>
    <name>StatsPeriod</name>
    <message>
        <location filename="../core/domain/Statistics.cpp" line="-97"/>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1-%2</source>
        <comment>year and month</comment>
        <translation>%1-%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Q%2 %1</source>
        <comment>quarter of a year</comment>
        <translation>Q%2 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>StatsTables</name>
    <message>
        <location filename="../core/services/StatsTables.cpp" line="+32"/>
        <source>Documents handled</source>
        <translation>Documents handled</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+82"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 errors</source>
        <translation>%1 errors</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Errors found in review</source>
        <translation>Errors found in review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned at %1</source>
        <translation>Returned at %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns (倒流)</source>
        <translation>Returns (倒流)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First reader: %1</source>
        <translation>First reader: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First-reader failures</source>
        <translation>First-reader failures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format findings at submission</source>
        <translation>Format findings at submission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defects per document</source>
        <translation>Defects per document</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Quality ledger %1</source>
        <translation>Quality ledger %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents reviewed</source>
        <translation>Documents reviewed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Errors found</source>
        <translation>Errors found</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slipped: errors found later</source>
        <translation>Slipped: errors found later</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slipped: returns from a later step</source>
        <translation>Slipped: returns from a later step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slipped: first-reader failures</source>
        <translation>Slipped: first-reader failures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slipped past, total</source>
        <translation>Slipped past, total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median hours at the step</source>
        <translation>Median hours at the step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>90th percentile hours</source>
        <translation>90th percentile hours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On time (%)</source>
        <translation>On time (%)</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Review quality %1</source>
        <translation>Review quality %1</translation>
    </message>
</context>
<context>
    <name>SupervisionService</name>
    <message>
        <location filename="../core/services/MatterRecords.h" line="+34"/>
        <source>Your clearance (%1) does not cover the secrecy level %2.</source>
        <translation>Your clearance (%1) does not cover the secrecy level %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You may not register a matter of this kind (%1).</source>
        <translation>You may not register a matter of this kind (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The matter does not exist or is not visible to you.</source>
        <translation>The matter does not exist or is not visible to you.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The matter “%1”</source>
        <translation>The matter “%1”</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../core/storage/TableExport.cpp" line="+99"/>
        <source>This computer cannot write the GB18030 encoding. Save the file as UTF-8 instead.</source>
        <translation>This computer cannot write the GB18030 encoding. Save the file as UTF-8 instead.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some characters cannot be written in GB18030.</source>
        <translation>Some characters cannot be written in GB18030.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No temporary folder could be made for the workbook: %1</source>
        <translation>No temporary folder could be made for the workbook: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>The workbook could not be made.</source>
        <translation>The workbook could not be made.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+3"/>
        <source>The workbook could not be made: %1</source>
        <translation>The workbook could not be made: %1</translation>
    </message>
</context>
<context>
    <name>TablePrint</name>
    <message>
        <location filename="../ui/widgets/TablePrint.cpp" line="+63"/>
        <source>Print preview — %1</source>
        <translation>Print preview — %1</translation>
    </message>
</context>
<context>
    <name>TextPrompt</name>
    <message>
        <location filename="../ui/widgets/TextPrompt.cpp" line="+39"/>
        <source>Ctrl+Enter to confirm, Esc to cancel.</source>
        <translation>Ctrl+Enter to confirm, Esc to cancel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TriageRules</name>
    <message>
        <location filename="../core/workflow/TriageRules.cpp" line="+154"/>
        <source>Accept (受理)</source>
        <translation>Accept (受理)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer (转办)</source>
        <translation>Transfer (转办)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return (退文)</source>
        <translation>Return (退文)</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <location filename="../core/storage/UnitRepository.cpp" line="+37"/>
        <source>The unit “%1”</source>
        <translation>The unit “%1”</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The new unit got no number.</source>
        <translation>The new unit got no number.</translation>
    </message>
</context>
<context>
    <name>UnitService</name>
    <message>
        <location filename="../core/services/DirectoryRecords.h" line="-69"/>
        <source>The unit no longer exists.</source>
        <translation>The unit no longer exists.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The unit “%1”</source>
        <translation>The unit “%1”</translation>
    </message>
</context>
<context>
    <name>UnitType</name>
    <message>
        <location filename="../core/domain/Unit.cpp" line="+12"/>
        <source>Organ</source>
        <translation>Organ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town / sub-district</source>
        <translation>Town / sub-district</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village / residents&apos; committee</source>
        <translation>Village / residents&apos; committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise / institution</source>
        <translation>Enterprise / institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section of the office</source>
        <translation>Section of the office</translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message>
        <location filename="../core/domain/DocumentKinds.cpp" line="+10"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent (加急)</source>
        <translation>Urgent (加急)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very urgent (特急)</source>
        <translation>Very urgent (特急)</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <location filename="../core/services/DirectoryRecords.h" line="+38"/>
        <location filename="../core/storage/UserRepository.cpp" line="+34"/>
        <source>The account “%1”</source>
        <translation>The account “%1”</translation>
    </message>
    <message>
        <location filename="../core/storage/UserRepository.cpp" line="+104"/>
        <source>The new account got no number.</source>
        <translation>The new account got no number.</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <location filename="../core/security/AccountRules.cpp" line="+15"/>
        <source>The password must have at least %1 characters.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password must not begin or end with a space.</source>
        <translation>The password must not begin or end with a space.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The user name must have 2 to 32 characters: small letters, digits, dot, dash or underscore, starting with a letter or digit.</source>
        <translation>The user name must have 2 to 32 characters: small letters, digits, dot, dash or underscore, starting with a letter or digit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Enter the person&apos;s name.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>One account cannot be both %1 and %2: the system administrator, the security officer and the security auditor must be three different people (三员分立).</source>
        <translation>One account cannot be both %1 and %2: the system administrator, the security officer and the security auditor must be three different people (三员分立).</translation>
    </message>
    <message>
        <location filename="../core/services/DirectoryRecords.h" line="-5"/>
        <source>The account no longer exists.</source>
        <translation>The account no longer exists.</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <location filename="../core/workflow/WorkCalendar.cpp" line="+34"/>
        <source>New Year&apos;s Day</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qingming Festival</source>
        <translation>Qingming Festival</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Labour Day</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National Day</source>
        <translation>National Day</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spring Festival</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dragon Boat Festival</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mid-Autumn Festival</source>
        <translation>Mid-Autumn Festival</translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <location filename="../ui/app/Workstation.cpp" line="+28"/>
        <source>Gongwen Desk cannot start</source>
        <translation>Gongwen Desk cannot start</translation>
    </message>
</context>
<context>
    <name>gw::ArchiveConfirmDialog</name>
    <message>
        <location filename="../ui/archive/ArchiveDialogs.cpp" line="+44"/>
        <source>Archive (归档)</source>
        <translation>Archive (归档)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each document becomes one archived item (件) with the next item number of its year and retention. Confirm the retention the office&apos;s rules propose, or choose another.</source>
        <translation>Each document becomes one archived item (件) with the next item number of its year and retention. Confirm the retention the office&apos;s rules propose, or choose another.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doc. number</source>
        <translation>Doc. number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention (保管期限)</source>
        <translation>Retention (保管期限)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forwards (被转发文)</source>
        <translation>Forwards (被转发文)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(nothing)</source>
        <translation>(nothing)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>&amp;Archive %n item(s)</source>
        <translation>
            <numerusform>&amp;Archive %n item</numerusform>
            <numerusform>&amp;Archive %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::ArchiveItemDialog</name>
    <message>
        <location line="+35"/>
        <source>Archived item %1</source>
        <translation>Archived item %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Title (题名):</source>
        <translation>Title (题名):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible (责任者):</source>
        <translation>Responsible (责任者):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doc. number (文号):</source>
        <translation>Doc. number (文号):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date (日期):</source>
        <translation>Date (日期):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrecy (密级):</source>
        <translation>Secrecy (密级):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention (保管期限):</source>
        <translation>Retention (保管期限):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (the rules proposed %2)</source>
        <translation>%1 (the rules proposed %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages (页数):</source>
        <translation>Pages (页数):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived:</source>
        <translation>Archived:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remark (备注):</source>
        <translation>Remark (备注):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256 / SM3</source>
        <translation>SHA-256 / SM3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Remark…</source>
        <translation>&amp;Remark…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” is not a PDF and can only be taken as a copy, which a loan for reading on screen does not allow. Ask the archive&apos;s keeper to show it to you.</source>
        <translation>“%1” is not a PDF and can only be taken as a copy, which a loan for reading on screen does not allow. Ask the archive&apos;s keeper to show it to you.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the file</source>
        <translation>Save the file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remark (备注)</source>
        <translation>Remark (备注)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The remark printed in the catalogue:</source>
        <translation>The remark printed in the catalogue:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The remark is saved.</source>
        <translation>The remark is saved.</translation>
    </message>
</context>
<context>
    <name>gw::ArchivePage</name>
    <message>
        <location filename="../ui/archive/ArchivePage.cpp" line="+46"/>
        <source>Archive (档案)</source>
        <translation>Archive (档案)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+100"/>
        <source>&amp;Waiting (待归档)</source>
        <translation>&amp;Waiting (待归档)</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Cata&amp;logue (归档文件目录)</source>
        <translation>Cata&amp;logue (归档文件目录)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chec&amp;ks (四性检测)</source>
        <translation>Chec&amp;ks (四性检测)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loa&amp;ns (借阅登记)</source>
        <translation>Loa&amp;ns (借阅登记)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your loans of archived items: an item lent to you on screen opens here until its due date.</source>
        <translation>Your loans of archived items: an item lent to you on screen opens here until its due date.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last backup: %1.</source>
        <translation>Last backup: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup has been made yet.</source>
        <translation>No backup has been made yet.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Last check (四性检测): %1 by %2, %n item(s), %3 finding(s).</source>
        <translation>
            <numerusform>Last check (四性检测): %1 by %2, %n item, %3 finding.</numerusform>
            <numerusform>Last check (四性检测): %1 by %2, %n items, %3 findings.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The archive has not been checked yet.</source>
        <translation>The archive has not been checked yet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Documents released by the first reader and incoming items done with. Select them and archive: each becomes an archived item (件) with its archival code (档号) and stamp (归档章).</source>
        <translation>Documents released by the first reader and incoming items done with. Select them and archive: each becomes an archived item (件) with its archival code (档号) and stamp (归档章).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Archive selected…</source>
        <translation>&amp;Archive selected…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;elect all</source>
        <translation>S&amp;elect all</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waiting to be archived</source>
        <translation>Waiting to be archived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doc. number</source>
        <translation>Doc. number</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/archive/ArchivePageTabs.cpp" line="+162"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secrecy</source>
        <translation>Secrecy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposed retention</source>
        <translation>Proposed retention</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Waiting (待归档) (%1)</source>
        <translation>&amp;Waiting (待归档) (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the documents to archive first.</source>
        <translation>Select the documents to archive first.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Archiving…</source>
        <translation>Archiving…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/archive/ArchivePageTabs.cpp" line="-102"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archiving “%1”…</source>
        <translation>Archiving “%1”…</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n item(s) archived. To look at:</source>
        <translation>
            <numerusform>%n item archived. To look at:</numerusform>
            <numerusform>%n items archived. To look at:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) archived.</source>
        <translation>
            <numerusform>%n item archived.</numerusform>
            <numerusform>%n items archived.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retention:</source>
        <translation>&amp;Retention:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print preview…</source>
        <translation>&amp;Print preview…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sa&amp;ve as PDF…</source>
        <translation>Sa&amp;ve as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the catalogue as PDF</source>
        <translation>Save the catalogue as PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Box notes (备考表)…</source>
        <translation>&amp;Box notes (备考表)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+107"/>
        <source>Box notes (备考表)</source>
        <translation>Box notes (备考表)</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Items to a box:</source>
        <translation>Items to a box:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Len&amp;d…</source>
        <translation>Len&amp;d…</translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../ui/archive/ArchivePageTabs.cpp" line="+117"/>
        <source>Choose an item in the catalogue first.</source>
        <translation>Choose an item in the catalogue first.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The catalogue shown holds no items.</source>
        <translation>The catalogue shown holds no items.</translation>
    </message>
    <message>
        <location filename="../ui/archive/ArchivePageTabs.cpp" line="-145"/>
        <source>The four properties of DA/T 70 checked over every archived item: authenticity (the files match their SHA-256 and SM3, the record agrees with the document), integrity (components, metadata, item numbers, audit trail), usability (each file opens and renders, fonts embedded, no encryption, an archival format) and safety (stored copies readable, a recent backup).</source>
        <translation>The four properties of DA/T 70 checked over every archived item: authenticity (the files match their SHA-256 and SM3, the record agrees with the document), integrity (components, metadata, item numbers, audit trail), usability (each file opens and renders, fonts embedded, no encryption, an archival format) and safety (stored copies readable, a recent backup).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Run the checks</source>
        <translation>&amp;Run the checks</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the archive (四性检测)…</source>
        <translation>Checking the archive (四性检测)…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Archive check report (四性检测报告)</source>
        <translation>Archive check report (四性检测报告)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Archival code (档号)</source>
        <translation>Archival code (档号)</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Property</source>
        <translation>Property</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the archive)</source>
        <translation>(the archive)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, by %2: %n item(s) checked.</source>
        <translation>
            <numerusform>%1, by %2: %n item checked.</numerusform>
            <numerusform>%1, by %2: %n items checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n item(s) checked, every rule holds.</source>
        <translation>
            <numerusform>%1: %n item checked, every rule holds.</numerusform>
            <numerusform>%1: %n items checked, every rule holds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n item(s) checked, %2 finding(s) — each names the item and the rule.</source>
        <translation>
            <numerusform>%1: %n item checked, %2 finding — each names the item and the rule.</numerusform>
            <numerusform>%1: %n items checked, %2 findings — each names the item and the rule.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The run was stopped before the end.</source>
        <translation>The run was stopped before the end.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open loans</source>
        <translation>Open loans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All loans</source>
        <translation>All loans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lis&amp;t:</source>
        <translation>Lis&amp;t:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refu&amp;se…</source>
        <translation>Refu&amp;se…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retu&amp;rned</source>
        <translation>Retu&amp;rned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read on scr&amp;een…</source>
        <translation>Read on scr&amp;een…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Loans of archived items (借阅登记)</source>
        <translation>Loans of archived items (借阅登记)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borrower</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The loan of %1 to %2 is recorded and waits for approval.</source>
        <translation>The loan of %1 to %2 is recorded and waits for approval.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>Choose a loan first.</source>
        <translation>Choose a loan first.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Refuse the loan</source>
        <translation>Refuse the loan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is the loan refused?</source>
        <translation>Why is the loan refused?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The loan of %1 is approved.</source>
        <translation>The loan of %1 is approved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loan of %1 is refused.</source>
        <translation>The loan of %1 is refused.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is back.</source>
        <translation>%1 is back.</translation>
    </message>
</context>
<context>
    <name>gw::ArchiveService</name>
    <message>
        <location filename="../core/services/ArchiveLending.cpp" line="+42"/>
        <source>Choose the person who borrows the item.</source>
        <translation>Choose the person who borrows the item.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s clearance (%2) does not cover the item&apos;s secrecy level %3; it cannot be lent to them.</source>
        <translation>%1&apos;s clearance (%2) does not cover the item&apos;s secrecy level %3; it cannot be lent to them.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say what the item is borrowed for (at most 200 characters).</source>
        <translation>Say what the item is borrowed for (at most 200 characters).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The due date is from today to 90 days ahead (%1 at the latest).</source>
        <translation>The due date is from today to 90 days ahead (%1 at the latest).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The paper item is already asked for or lent (to %1).</source>
        <translation>The paper item is already asked for or lent (to %1).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Lending is approved by the %1; you do not hold that post.</source>
        <translation>Lending is approved by the %1; you do not hold that post.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The loan was decided already (%1).</source>
        <translation>The loan was decided already (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A loan to yourself is approved by someone else.</source>
        <translation>A loan to yourself is approved by someone else.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 may no longer borrow this item (account or clearance changed).</source>
        <translation>%1 may no longer borrow this item (account or clearance changed).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the reason for refusing the loan.</source>
        <translation>Give the reason for refusing the loan.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only an item that is out can be returned.</source>
        <translation>Only an item that is out can be returned.</translation>
    </message>
    <message>
        <location filename="../core/services/ArchiveService.cpp" line="+36"/>
        <source>The document does not exist.</source>
        <translation>The document does not exist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is no longer waiting to be archived.</source>
        <translation>“%1” is no longer waiting to be archived.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>This document has been archived already as %1.</source>
        <translation>This document has been archived already as %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The item numbers of %1 for this retention are used up (9999).</source>
        <translation>The item numbers of %1 for this retention are used up (9999).</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Archived files are read by the archive&apos;s keepers, or by a borrower whose electronic loan is approved and not past its due date.</source>
        <translation>Archived files are read by the archive&apos;s keepers, or by a borrower whose electronic loan is approved and not past its due date.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The archived item has no component %1.</source>
        <translation>The archived item has no component %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stored file “%1” of %2 does not match its digests; it was changed or lost. Run the archive check (四性检测) and restore it from a backup.</source>
        <translation>The stored file “%1” of %2 does not match its digests; it was changed or lost. Run the archive check (四性检测) and restore it from a backup.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A remark is at most 200 characters.</source>
        <translation>A remark is at most 200 characters.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>A backup copies every record, up to %1; your clearance (%2) does not cover them.</source>
        <translation>A backup copies every record, up to %1; your clearance (%2) does not cover them.</translation>
    </message>
    <message>
        <location filename="../core/services/ArchiveTables.cpp" line="+13"/>
        <source>Catalogue of archived items %1, %2 (归档文件目录)</source>
        <translation>Catalogue of archived items %1, %2 (归档文件目录)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item no. (件号)</source>
        <translation>Item no. (件号)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archival code (档号)</source>
        <translation>Archival code (档号)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible (责任者)</source>
        <translation>Responsible (责任者)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doc. number (文号)</source>
        <translation>Doc. number (文号)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (题名)</source>
        <translation>Title (题名)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date (日期)</source>
        <translation>Date (日期)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pages (页数)</source>
        <translation>Pages (页数)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secrecy (密级)</source>
        <translation>Secrecy (密级)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remark (备注)</source>
        <translation>Remark (备注)</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n item(s), %1 page(s) in all; the items the reader may see.</source>
        <translation>
            <numerusform>%n item, %1 page in all; the items the reader may see.</numerusform>
            <numerusform>%n items, %1 pages in all; the items the reader may see.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::AttachmentList</name>
    <message>
        <location filename="../ui/incoming/AttachmentList.cpp" line="+33"/>
        <source>%1 (%2) — Enter to open</source>
        <translation>%1 (%2) — Enter to open</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No attachments</source>
        <translation>No attachments</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Save the attachment</source>
        <translation>Save the attachment</translation>
    </message>
</context>
<context>
    <name>gw::AuditLogPage</name>
    <message>
        <location filename="../ui/admin/AuditLogPage.cpp" line="+56"/>
        <source>(withheld: the object is above your clearance)</source>
        <translation>(withheld: the object is above your clearance)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The program</source>
        <translation>The program</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Any object</source>
        <translation>Any object</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming item</source>
        <translation>Incoming item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markup</source>
        <translation>Markup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Letter from a person</source>
        <translation>Letter from a person</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Action, in words or by key, e.g. %1, user. or draft.pass</source>
        <translation>Action, in words or by key, e.g. %1, user. or draft.pass</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+39"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Check the Log</source>
        <translation>&amp;Check the Log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign a Check&amp;point…</source>
        <translation>Sign a Check&amp;point…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Public &amp;Key…</source>
        <translation>Export Public &amp;Key…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The newest %1 entries are shown; narrow the search to see older ones.</source>
        <translation>The newest %1 entries are shown; narrow the search to see older ones.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Entry %1, %2, by %3: %4 on %5 %6</source>
        <translation>Entry %1, %2, by %3: %4 on %5 %6</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Audit chain: entries 1 to %1 link up and their hashes hold.</source>
        <translation>Audit chain: entries 1 to %1 link up and their hashes hold.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit chain BROKEN at entry %1: %2</source>
        <translation>Audit chain BROKEN at entry %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint: %1</source>
        <translation>Checkpoint: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n checkpoint(s) carry a signature that does not hold.</source>
        <translation>
            <numerusform>%n checkpoint carries a signature that does not hold.</numerusform>
            <numerusform>%n checkpoints carry a signature that does not hold.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records: every audited row is as the audit last recorded it.</source>
        <translation>Records: every audited row is as the audit last recorded it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record changed outside the program: %1</source>
        <translation>Record changed outside the program: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check found problems; they are listed below.</source>
        <translation>The check found problems; they are listed below.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>New signing key</source>
        <translation>New signing key</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>You have no signing key on this workstation yet. Choose a passphrase that protects it (at least 8 characters); nobody else should know it:</source>
        <translation>You have no signing key on this workstation yet. Choose a passphrase that protects it (at least 8 characters); nobody else should know it:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase must have at least 8 characters. No key was made.</source>
        <translation>The passphrase must have at least 8 characters. No key was made.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the passphrase:</source>
        <translation>Repeat the passphrase:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases differ. No key was made.</source>
        <translation>The two passphrases differ. No key was made.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign a checkpoint</source>
        <translation>Sign a checkpoint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase of your signing key:</source>
        <translation>Passphrase of your signing key:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checkpoint signed: entries 1 to %1 are vouched for.</source>
        <translation>Checkpoint signed: entries 1 to %1 are vouched for.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The newest checkpoint of the audit log was signed on %1, more than a day ago. Sign one now?</source>
        <translation>The newest checkpoint of the audit log was signed on %1, more than a day ago. Sign one now?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log has no signed checkpoint yet. Sign one now?</source>
        <translation>The audit log has no signed checkpoint yet. Sign one now?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit checkpoint</source>
        <translation>Audit checkpoint</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export audit entries</source>
        <translation>Export audit entries</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 entries exported to %2.</source>
        <translation>%1 entries exported to %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No auditor&apos;s key is trusted on this workstation yet: sign a checkpoint first.</source>
        <translation>No auditor&apos;s key is trusted on this workstation yet: sign a checkpoint first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the auditor&apos;s public key</source>
        <translation>Export the auditor&apos;s public key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key files (*.pub)</source>
        <translation>Key files (*.pub)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public key written to %1. Give it to gongwen verify --public-key.</source>
        <translation>Public key written to %1. Give it to gongwen verify --public-key.</translation>
    </message>
</context>
<context>
    <name>gw::AuditService</name>
    <message>
        <location filename="../core/services/AuditService.cpp" line="+107"/>
        <source>The checkpoint could not be signed with this key.</source>
        <translation>The checkpoint could not be signed with this key.</translation>
    </message>
</context>
<context>
    <name>gw::AuthService</name>
    <message>
        <location filename="../core/services/AuthService.cpp" line="+18"/>
        <source>The user name or the password is wrong.</source>
        <translation>The user name or the password is wrong.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
</context>
<context>
    <name>gw::BackupSettingsPage</name>
    <message>
        <location filename="../ui/archive/BackupSettingsPage.cpp" line="+41"/>
        <source>The records are on the server %1. It is backed up where it runs, with “gongwen backup --database %1 --to FILE” (pg_dump with every stored file and a manifest of hashes), and put back with “gongwen restore”.</source>
        <translation>The records are on the server %1. It is backed up where it runs, with “gongwen backup --database %1 --to FILE” (pg_dump with every stored file and a manifest of hashes), and put back with “gongwen restore”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This workstation holds the records in %1. It backs them up by itself into the folder below, keeping the newest ten backups: each a compressed snapshot of the records and every stored file, with a manifest of hashes. Keep the folder on another disk.</source>
        <translation>This workstation holds the records in %1. It backs them up by itself into the folder below, keeping the newest ten backups: each a compressed snapshot of the records and every stored file, with a manifest of hashes. Keep the folder on another disk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup &amp;folder:</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No automatic backup</source>
        <translation>No automatic backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day</source>
        <translation>Every day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Every week</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back &amp;up:</source>
        <translation>Back &amp;up:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newest backup:</source>
        <translation>Newest backup:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up &amp;now</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The administrator or the clerk sets this workstation&apos;s backups.</source>
        <translation>The administrator or the clerk sets this workstation&apos;s backups.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none in this folder</source>
        <translation>none in this folder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the folder for the backups.</source>
        <translation>Choose the folder for the backups.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved: this workstation backs up %1 into %2.</source>
        <translation>Saved: this workstation backs up %1 into %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved: no automatic backup.</source>
        <translation>Saved: no automatic backup.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backing up the records…</source>
        <translation>Backing up the records…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backup written: %1 (%2).</source>
        <translation>Backup written: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>gw::BulletinService</name>
    <message>
        <location filename="../core/services/BulletinService.cpp" line="+127"/>
        <source>Enter the serial&apos;s name.</source>
        <translation>Enter the serial&apos;s name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name and the issuer may be at most %1 characters long.</source>
        <translation>The name and the issuer may be at most %1 characters long.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter who issues the serial (编印单位).</source>
        <translation>Enter who issues the serial (编印单位).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register already has a serial named 《%1》.</source>
        <translation>The register already has a serial named 《%1》.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Issues of 《%1》 are numbered already: its name and how its issues are numbered can no longer change (start a new serial instead).</source>
        <translation>Issues of 《%1》 are numbered already: its name and how its issues are numbered can no longer change (start a new serial instead).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The annual ranking goes with a bulletin on a whole year only: choose the year as the period, or leave the ranking out.</source>
        <translation>The annual ranking goes with a bulletin on a whole year only: choose the year as the period, or leave the ranking out.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No document was handled in %1: there is nothing to report.</source>
        <translation>No document was handled in %1: there is nothing to report.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The bulletin is drafted in your name and submitted by you: %1</source>
        <translation>The bulletin is drafted in your name and submitted by you: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a serial of the register that is in use.</source>
        <translation>Choose a serial of the register that is in use.</translation>
    </message>
</context>
<context>
    <name>gw::CalendarPage</name>
    <message>
        <location filename="../ui/admin/CalendarPage.cpp" line="+30"/>
        <source>Weekdays are working days and weekends are not, except the days listed here. The statutory holidays are filled in; add the bridge days and swapped working days (调休) as they are announced. Review time limits count working days.</source>
        <translation>Weekdays are working days and weekends are not, except the days listed here. The statutory holidays are filled in; add the bridge days and swapped working days (调休) as they are announced. Review time limits count working days.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Working day (调休上班)</source>
        <translation>Working day (调休上班)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, e.g. 国庆节 or 国庆调休</source>
        <translation>Name, e.g. 国庆节 or 国庆调休</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save day</source>
        <translation>&amp;Save day</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Working day</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
</context>
<context>
    <name>gw::CalendarService</name>
    <message>
        <location filename="../core/services/CalendarService.cpp" line="+41"/>
        <source>Choose a valid date.</source>
        <translation>Choose a valid date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name of the day is longer than 40 characters.</source>
        <translation>The name of the day is longer than 40 characters.</translation>
    </message>
</context>
<context>
    <name>gw::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/app/ChangePasswordDialog.cpp" line="+24"/>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, your password was set by the administrator. Choose your own before you go on: at least %2 characters, known only to you.</source>
        <translation>%1, your password was set by the administrator. Choose your own before you go on: at least %2 characters, known only to you.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new password for %1: at least %2 characters.</source>
        <translation>A new password for %1: at least %2 characters.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Repeat the new password:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save the New Password</source>
        <translation>&amp;Save the New Password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Log Out</source>
        <translation>&amp;Log Out</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the current password</source>
        <translation>the current password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new password</source>
        <translation>the new password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new password repeated</source>
        <translation>the new password repeated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please fill in %1.</source>
        <translation>Please fill in %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two new passwords differ. Type the new password twice the same.</source>
        <translation>The two new passwords differ. Type the new password twice the same.</translation>
    </message>
</context>
<context>
    <name>gw::ComposeBulletinDialog</name>
    <message>
        <location filename="../ui/stats/BulletinDialogs.cpp" line="+175"/>
        <source>Compose a bulletin</source>
        <translation>Compose a bulletin</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Serial:</source>
        <translation>&amp;Serial:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the period chosen at the top of the page)</source>
        <translation>%1 (the period chosen at the top of the page)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Drafting &amp;unit:</source>
        <translation>Drafting &amp;unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Anonymised: the comments without unit or reviewer</source>
        <translation>&amp;Anonymised: the comments without unit or reviewer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;ttributed: each comment with its unit and reviewer</source>
        <translation>A&amp;ttributed: each comment with its unit and reviewer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quoted comments:</source>
        <translation>Quoted comments:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the annual &amp;ranking of %1</source>
        <translation>Include the annual &amp;ranking of %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a whole year as the period to include the ranking.</source>
        <translation>Choose a whole year as the period to include the ranking.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text as it will be drafted (edit it in the draft afterwards):</source>
        <translation>The text as it will be drafted (edit it in the draft afterwards):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Draft it</source>
        <translation>&amp;Draft it</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>“%1” is drafted as an issue of %2. It waits at drafting in Outgoing (发文): check it there and submit it. Its issue number is given at registration.</source>
        <translation>“%1” is drafted as an issue of %2. It waits at drafting in Outgoing (发文): check it there and submit it. Its issue number is given at registration.</translation>
    </message>
</context>
<context>
    <name>gw::ComposeReportDialog</name>
    <message>
        <location filename="../ui/supervision/SupervisionReportsUi.cpp" line="+163"/>
        <source>Compose a special report (督查专报)</source>
        <translation>Compose a special report (督查专报)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compose the monthly bulletin (督查通报)</source>
        <translation>Compose the monthly bulletin (督查通报)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Drafting &amp;unit:</source>
        <translation>Drafting &amp;unit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text as it will be drafted (edit it in the draft afterwards):</source>
        <translation>The text as it will be drafted (edit it in the draft afterwards):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Draft it</source>
        <translation>&amp;Draft it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>“%1” is drafted. It waits at drafting in Outgoing (发文): check it there and submit it; its issue number is given at registration.</source>
        <translation>“%1” is drafted. It waits at drafting in Outgoing (发文): check it there and submit it; its issue number is given at registration.</translation>
    </message>
</context>
<context>
    <name>gw::DraftDialog</name>
    <message>
        <location filename="../ui/outgoing/DraftDialog.cpp" line="+62"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing slip</source>
        <translation>Routing slip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+103"/>
        <location line="+7"/>
        <source>Format check</source>
        <translation>Format check</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — overdue since %1</source>
        <translation> — overdue since %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — due %1</source>
        <translation> — due %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&lt;p&gt;No findings: the document follows GB/T 9704-2012 and the 2012 regulation as far as they can be checked here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No findings: the document follows GB/T 9704-2012 and the 2012 regulation as far as they can be checked here.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding (%1)</source>
        <translation>Finding (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format check (%1)</source>
        <translation>Format check (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PDF and markup</source>
        <translation>PDF and markup</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normative document</source>
        <translation>Normative document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal recipients</source>
        <translation>Principal recipients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies to</source>
        <translation>Copies to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotation (附注)</source>
        <translation>Annotation (附注)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+142"/>
        <source>Date of writing (成文日期)</source>
        <translation>Date of writing (成文日期)</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Secrecy</source>
        <translation>Secrecy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing leader</source>
        <translation>Signing leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1 by %2 at %3</source>
        <translation>version %1 by %2 at %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unsaved markups</source>
        <translation>Unsaved markups</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n markup(s) drawn on this draft are not saved yet. Save them first?</source>
        <translation>
            <numerusform>%n markup drawn on this draft is not saved yet. Save it first?</numerusform>
            <numerusform>%n markups drawn on this draft are not saved yet. Save them first?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save Them</source>
        <translation>&amp;Save Them</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard Them</source>
        <translation>&amp;Discard Them</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Submit</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>&amp;Sign off</source>
        <translation>&amp;Sign off</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>&amp;Pass</source>
        <translation>&amp;Pass</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Return to the drafter…</source>
        <translation>&amp;Return to the drafter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to the drafter</source>
        <translation>Return to the drafter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close as not to be issued (不予行文)…</source>
        <translation>Close as not to be issued (不予行文)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not to be issued</source>
        <translation>Not to be issued</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register and &amp;number…</source>
        <translation>Register and &amp;number…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Register and number</source>
        <translation>Register and number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document number prefix:</source>
        <translation>Document number prefix:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change of &amp;content…</source>
        <translation>Change of &amp;content…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Wording fix…</source>
        <translation>&amp;Wording fix…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change of content</source>
        <translation>Change of content</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wording fix</source>
        <translation>Wording fix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new text (the signature becomes void; the draft goes back to the signing leader):</source>
        <translation>The new text (the signature becomes void; the draft goes back to the signing leader):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The corrected text (the signature stays):</source>
        <translation>The corrected text (the signature stays):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed and why:</source>
        <translation>What changed and why:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Print (印制)…</source>
        <translation>&amp;Print (印制)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First &amp;reader (第一读者)…</source>
        <translation>First &amp;reader (第一读者)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set the 成文日期…</source>
        <translation>Set the 成文日期…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date (yyyy-MM-dd):</source>
        <translation>Date (yyyy-MM-dd):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opinion (optional):</source>
        <translation>Opinion (optional):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign off</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign version %1 of “%2”? The signed version is frozen: later changes are recorded as wording fixes or changes of content.</source>
        <translation>Sign version %1 of “%2”? The signed version is frozen: later changes are recorded as wording fixes or changes of content.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Page %1 · %2 · %3 · %4</source>
        <translation>Page %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Markups not closed</source>
        <translation>Markups not closed</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n markup(s) of yours on this draft are not closed:</source>
        <translation>
            <numerusform>%n markup of yours on this draft are not closed:</numerusform>
            <numerusform>%n markups of yours on this draft are not closed:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass the draft on with them open? The routing slip will say so.</source>
        <translation>Pass the draft on with them open? The routing slip will say so.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass &amp;Anyway</source>
        <translation>Pass &amp;Anyway</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+136"/>
        <location line="+17"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>gw::DraftEditorDialog</name>
    <message>
        <location filename="../ui/outgoing/DraftEditorDialog.cpp" line="+72"/>
        <source>New draft</source>
        <translation>New draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit draft — %1</source>
        <translation>Edit draft — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For example: 关于……的通知</source>
        <translation>For example: 关于……的通知</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Normative document (规范性文件): adds the legal review</source>
        <translation>Normative document (规范性文件): adds the legal review</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>One recipient a line</source>
        <translation>One recipient a line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One attachment a line</source>
        <translation>One attachment a line</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 此件公开发布 (printed in parentheses under the 成文日期)</source>
        <translation>e.g. 此件公开发布 (printed in parentheses under the 成文日期)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Propose the urgency from the time limit, the steps ahead and consultation</source>
        <translation>Propose the urgency from the time limit, the steps ahead and consultation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Must be done by</source>
        <translation>Must be done by</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other departments must be consulted</source>
        <translation>Other departments must be consulted</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(not a leader&apos;s signature)</source>
        <translation>(not a leader&apos;s signature)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (district head)</source>
        <translation>%1 (district head)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a 批复: the number of the 请示 it answers</source>
        <translation>For a 批复: the number of the 请示 it answers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Genre:</source>
        <translation>&amp;Genre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issued by:</source>
        <translation>&amp;Issued by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafting &amp;unit:</source>
        <translation>Drafting &amp;unit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Principal recipients:</source>
        <translation>&amp;Principal recipients:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copies to:</source>
        <translation>&amp;Copies to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attachments:</source>
        <translation>&amp;Attachments:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note (附注):</source>
        <translation>&amp;Note (附注):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgenc&amp;y:</source>
        <translation>Urgenc&amp;y:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time limit:</source>
        <translation>Time limit:</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>Body from the PDF %1 (%2); its text is shown for comparison.</source>
        <translation>Body from the PDF %1 (%2); its text is shown for comparison.</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Pr&amp;opose</source>
        <translation>Pr&amp;opose</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>S&amp;ecrecy:</source>
        <translation>S&amp;ecrecy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrecy pe&amp;riod:</source>
        <translation>Secrecy pe&amp;riod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed &amp;by:</source>
        <translation>Signed &amp;by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ans&amp;wers:</source>
        <translation>Ans&amp;wers:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a PD&amp;F…</source>
        <translation>Use a PD&amp;F…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The body: headings 一、（一）1.（1）, one paragraph a line.</source>
        <translation>The body: headings 一、（一）1.（1）, one paragraph a line.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What changed in this version (optional)</source>
        <translation>What changed in this version (optional)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the PDF of the body</source>
        <translation>Choose the PDF of the body</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Discard the changes?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes to this draft have not been saved. Discard them?</source>
        <translation>The changes to this draft have not been saved. Discard them?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The recovery copy could not be written (%1); save soon.</source>
        <translation>The recovery copy could not be written (%1); save soon.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore unsaved work?</source>
        <translation>Restore unsaved work?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved work on this draft from %1 was found: the editor closed before it was saved (the program or the computer stopped). Restore it?</source>
        <translation>Unsaved work on this draft from %1 was found: the editor closed before it was saved (the program or the computer stopped). Restore it?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Discard It</source>
        <translation>&amp;Discard It</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Save despite the genre findings?</source>
        <translation>Save despite the genre findings?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Correct the draft, or give the reason it is right as it is:</source>
        <translation>%1

Correct the draft, or give the reason it is right as it is:</translation>
    </message>
</context>
<context>
    <name>gw::DraftListPage</name>
    <message>
        <location filename="../ui/tasks/DraftListPage.cpp" line="+51"/>
        <source>Search title or number (Ctrl+F)</source>
        <translation>Search title or number (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All steps</source>
        <translation>All steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being drafted</source>
        <translation>Being drafted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>In review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for sign-off</source>
        <translation>Waiting for sign-off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First reader</source>
        <translation>First reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not issued (不予行文)</source>
        <translation>Not issued (不予行文)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any urgency</source>
        <translation>Any urgency</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New draft…</source>
        <translation>&amp;New draft…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>R&amp;efresh</source>
        <translation>R&amp;efresh</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Outgoing drafts at your step (&amp;D): %1</source>
        <translation>Outgoing drafts at your step (&amp;D): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming documents waiting for you (&amp;I): %1</source>
        <translation>Incoming documents waiting for you (&amp;I): %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supervised matters waiting for you (&amp;M): %1</source>
        <translation>Supervised matters waiting for you (&amp;M): %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 item(s) wait for you, %2 overdue</source>
        <translation>%1 item(s) wait for you, %2 overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 item(s) wait for you</source>
        <translation>%1 item(s) wait for you</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outgoing documents</source>
        <translation>Outgoing documents</translation>
    </message>
</context>
<context>
    <name>gw::DraftModel</name>
    <message>
        <location filename="../ui/outgoing/DraftModel.cpp" line="+53"/>
        <source>Released %1</source>
        <translation>Released %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n copy(ies) printed, with the first reader</source>
        <translation>
            <numerusform>%n copy(ies) printed, with the first reader</numerusform>
            <numerusform>%n copy(ies) printed, with the first reader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n copy(ies) printed</source>
        <translation>
            <numerusform>%n copy(ies) printed</numerusform>
            <numerusform>%n copy(ies) printed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue: </source>
        <translation>Overdue: </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This step is past its time limit.</source>
        <translation>This step is past its time limit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued by</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed / released</source>
        <translation>Printed / released</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafting unit</source>
        <translation>Drafting unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting at</source>
        <translation>Waiting at</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
</context>
<context>
    <name>gw::DraftRoutingView</name>
    <message>
        <location filename="../ui/outgoing/DraftRoutingView.cpp" line="+10"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (backflow)</source>
        <translation> (backflow)</translation>
    </message>
</context>
<context>
    <name>gw::DraftVersionsView</name>
    <message>
        <location filename="../ui/outgoing/DraftVersionsView.cpp" line="-45"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare version</source>
        <translation>Compare version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with</source>
        <translation>with</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Inline</source>
        <translation>&amp;Inline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One text with the changes marked in it, instead of the two versions side by side.</source>
        <translation>One text with the changes marked in it, instead of the two versions side by side.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (signed)</source>
        <translation> (signed)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only one version so far.</source>
        <translation>Only one version so far.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
</context>
<context>
    <name>gw::DraftingService</name>
    <message>
        <location filename="../core/services/DraftingService.cpp" line="+83"/>
        <source>Enter the title.</source>
        <translation>Enter the title.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title is longer than 200 characters.</source>
        <translation>The title is longer than 200 characters.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the drafting unit: a section of the office, or a district department.</source>
        <translation>Choose the drafting unit: a section of the office, or a district department.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your clearance (%1) does not cover the secrecy level %2.</source>
        <translation>Your clearance (%1) does not cover the secrecy level %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secrecy period needs a secrecy level.</source>
        <translation>A secrecy period needs a secrecy level.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the district leader who will sign.</source>
        <translation>Choose the district leader who will sign.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not cleared for %2 documents: choose a leader who is.</source>
        <translation>%1 is not cleared for %2 documents: choose a leader who is.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upward documents of the district government are signed by the district head (区长): choose the district head.</source>
        <translation>Upward documents of the district government are signed by the district head (区长): choose the district head.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1
Correct the draft, or give a reason to save it as it is.</source>
        <translation>%1
Correct the draft, or give a reason to save it as it is.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The body is empty.</source>
        <translation>The body is empty.</translation>
    </message>
    <message>
        <location filename="../core/services/DraftQueries.cpp" line="+38"/>
        <source>The draft does not exist or is not visible to you.</source>
        <translation>The draft does not exist or is not visible to you.</translation>
    </message>
    <message>
        <location filename="../core/services/DraftingService.cpp" line="+117"/>
        <source>The draft can be edited only while it is with the drafter.</source>
        <translation>The draft can be edited only while it is with the drafter.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The signed version is frozen: record a wording fix or a content change instead.</source>
        <translation>The signed version is frozen: record a wording fix or a content change instead.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new version can be written only while the draft is with the drafter.</source>
        <translation>A new version can be written only while the draft is with the drafter.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>At “%1” the draft moves on by that step&apos;s own action.</source>
        <translation>At “%1” the draft moves on by that step&apos;s own action.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the reason.</source>
        <translation>Give the reason.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n markup(s) of yours on this draft are not closed. Close them, or confirm that the draft passes with them open.</source>
        <translation>
            <numerusform>%n markup of yours on this draft are not closed. Close them, or confirm that the draft passes with them open.</numerusform>
            <numerusform>%n markups of yours on this draft are not closed. Close them, or confirm that the draft passes with them open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>(passed with %n of my markups not closed)</source>
        <translation>
            <numerusform>(passed with %n of my markups not closed)</numerusform>
            <numerusform>(passed with %n of my markups not closed)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Wording fixes are recorded after sign-off and before release.</source>
        <translation>Wording fixes are recorded after sign-off and before release.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what wording was fixed.</source>
        <translation>Say what wording was fixed.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Content changes are recorded after sign-off and before release.</source>
        <translation>Content changes are recorded after sign-off and before release.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what content changed.</source>
        <translation>Say what content changed.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The 成文日期 is set once the draft is signed.</source>
        <translation>The 成文日期 is set once the draft is signed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The 成文日期 lies between the signing date (%1) and today (%2).</source>
        <translation>The 成文日期 lies between the signing date (%1) and today (%2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The draft is not waiting for registration.</source>
        <translation>The draft is not waiting for registration.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not one of the office&apos;s document number prefixes.</source>
        <translation>“%1” is not one of the office&apos;s document number prefixes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The draft was signed more than %1 days ago (%2): the drafting unit must set the 成文日期 before registration.</source>
        <translation>The draft was signed more than %1 days ago (%2): the drafting unit must set the 成文日期 before registration.</translation>
    </message>
    <message>
        <location filename="../core/services/DraftQueries.cpp" line="+105"/>
        <source>Version %1 does not exist.</source>
        <translation>Version %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>gw::DrillDownDialog</name>
    <message>
        <location filename="../ui/stats/DrillDownDialog.cpp" line="+26"/>
        <source>Documents behind the figure</source>
        <translation>Documents behind the figure</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n document(s). Press Enter or double-click to open one.</source>
        <translation>
            <numerusform>%n document. Press Enter or double-click to open one.</numerusform>
            <numerusform>%n documents. Press Enter or double-click to open one.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Incoming items behind the figure</source>
        <translation>Incoming items behind the figure</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The 收文 register, limited to these items. Press Enter or double-click to open one.</source>
        <translation>The 收文 register, limited to these items. Press Enter or double-click to open one.</translation>
    </message>
</context>
<context>
    <name>gw::FirstReaderDialog</name>
    <message>
        <location filename="../ui/printing/FirstReaderDialog.cpp" line="+40"/>
        <source>First reader (第一读者)</source>
        <translation>First reader (第一读者)</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>As signed</source>
        <translation>As signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As printed</source>
        <translation>As printed</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Next difference (F3)</source>
        <translation>&amp;Next difference (F3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The print</source>
        <translation>The print</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format check (automatic)</source>
        <translation>Format check (automatic)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checked by hand</source>
        <translation>Checked by hand</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Released to (核发, one per line):</source>
        <translation>Released to (核发, one per line):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Pass and release (Ctrl+Enter)</source>
        <translation>&amp;Pass and release (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fail…</source>
        <translation>&amp;Fail…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Print of version %1 (signed: version %2), 份号 %3, by %4 on %5.</source>
        <translation>Print of version %1 (signed: version %2), 份号 %3, by %4 on %5.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(not in the print)</source>
        <translation>(not in the print)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Side by side: the same</source>
        <translation>Side by side: the same</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Side by side: %n difference(s)</source>
        <translation>
            <numerusform>Side by side: %n difference</numerusform>
            <numerusform>Side by side: %n differences</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Fail the print</source>
        <translation>Fail the print</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>秘书科: a wording fix, then a new print</source>
        <translation>秘书科: a wording fix, then a new print</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signer: a content change (the signature becomes void)</source>
        <translation>The signer: a content change (the signature becomes void)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to:</source>
        <translation>&amp;Back to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What is wrong:</source>
        <translation>&amp;What is wrong:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>gw::FlowTab</name>
    <message>
        <location filename="../ui/stats/FlowTab.cpp" line="+48"/>
        <source>Flow figures %1</source>
        <translation>Flow figures %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print previe&amp;w…</source>
        <translation>Print previe&amp;w…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter or double-click a count to list its documents.</source>
        <translation>Enter or double-click a count to list its documents.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter or double-click: the documents behind this number</source>
        <translation>Enter or double-click: the documents behind this number</translation>
    </message>
</context>
<context>
    <name>gw::FontSettingsPage</name>
    <message>
        <location filename="../ui/printing/FontSettingsPage.cpp" line="+18"/>
        <source>Official documents are typeset in four faces. Debian has no simplified 仿宋; choose the office&apos;s licensed fonts here once they are installed. The choice applies to this workstation.</source>
        <translation>Official documents are typeset in four faces. Debian has no simplified 仿宋; choose the office&apos;s licensed fonts here once they are installed. The choice applies to this workstation.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>仿宋 (body, 文号, 抄送):</source>
        <translation>仿宋 (body, 文号, 抄送):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>楷体 (second-level headings, 签发人):</source>
        <translation>楷体 (second-level headings, 签发人):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>黑体 (密级, 紧急程度, first-level headings):</source>
        <translation>黑体 (密级, 紧急程度, first-level headings):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小标宋 (标志 and title):</source>
        <translation>小标宋 (标志 and title):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Defaults</source>
        <translation>&amp;Defaults</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved. Not installed on this workstation: %1.</source>
        <translation>Saved. Not installed on this workstation: %1.</translation>
    </message>
</context>
<context>
    <name>gw::HandlingDialog</name>
    <message>
        <location filename="../ui/incoming/HandlingDialog.cpp" line="+24"/>
        <source>Circulation list</source>
        <translation>Circulation list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+193"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+36"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Opinion</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received / done</source>
        <translation>Received / done</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>held by %1 since %2</source>
        <translation>held by %1 since %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>Proposal (拟办)</source>
        <translation>Proposal (拟办)</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+77"/>
        <source>Instruction (签批)</source>
        <translation>Instruction (签批)</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+106"/>
        <source>Reply (答复)</source>
        <translation>Reply (答复)</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Handles, lead (主办)</source>
        <translation>Handles, lead (主办)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handles, assists (协办)</source>
        <translation>Handles, assists (协办)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+141"/>
        <source>Reads</source>
        <translation>Reads</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Has it</source>
        <translation>Has it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy of the transfer (抄送)</source>
        <translation>Copy of the transfer (抄送)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;Proposal (拟办)…</source>
        <translation>&amp;Proposal (拟办)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposal:</source>
        <translation>Proposal:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Instruct (签批)…</source>
        <translation>&amp;Instruct (签批)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instruction:</source>
        <translation>Instruction:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Distribute…</source>
        <translation>&amp;Distribute…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Read / done…</source>
        <translation>&amp;Read / done…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read / done</source>
        <translation>Read / done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opinion:</source>
        <translation>Opinion:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Forward to the next</source>
        <translation>&amp;Forward to the next</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Urge…</source>
        <translation>&amp;Urge…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;verse the triage decision…</source>
        <translation>Re&amp;verse the triage decision…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverse the triage decision</source>
        <translation>Reverse the triage decision</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By notice</source>
        <translation>By notice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Urge</source>
        <translation>Urge</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>How:</source>
        <translation>How:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was said:</source>
        <translation>What was said:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>催办通知 — %1 — %2.pdf</source>
        <translation>催办通知 — %1 — %2.pdf</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>R&amp;eply to the sender…</source>
        <translation>R&amp;eply to the sender…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Why is the decision taken back? The document waits for triage (初审) again.</source>
        <translation>Why is the decision taken back? The document waits for triage (初审) again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reply:</source>
        <translation>Reply:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Urge notice (催办通知)</source>
        <translation>Urge notice (催办通知)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+57"/>
        <source>Distribute</source>
        <translation>Distribute</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Tick the readers and handlers in the order the document goes round:</source>
        <translation>Tick the readers and handlers in the order the document goes round:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handles</source>
        <translation>Handles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Move up (Alt+↑)</source>
        <translation>Move up (Alt+↑)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down (Alt+↓)</source>
        <translation>Move down (Alt+↓)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Space ticks a box.</source>
        <translation>Space ticks a box.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>gw::IdleLock</name>
    <message>
        <location filename="../ui/app/IdleLock.cpp" line="+30"/>
        <source>Locked (已锁定)</source>
        <translation>Locked (已锁定)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gongwen Desk was locked after a while without use. Nothing was closed. %1, enter your password to go on.</source>
        <translation>Gongwen Desk was locked after a while without use. Nothing was closed. %1, enter your password to go on.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
</context>
<context>
    <name>gw::IncomingModel</name>
    <message>
        <location filename="../ui/incoming/IncomingModel.cpp" line="+36"/>
        <source>Registered, to triage</source>
        <translation>Registered, to triage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed (拟办), awaiting instruction</source>
        <translation>Proposed (拟办), awaiting instruction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instructed, to distribute</source>
        <translation>Instructed, to distribute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In circulation</source>
        <translation>In circulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handled, to reply</source>
        <translation>Handled, to reply</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done, ready to archive</source>
        <translation>Done, ready to archive</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Overdue: %1</source>
        <translation>Overdue: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Receipt no. (收文编号)</source>
        <translation>Receipt no. (收文编号)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrecy (密级)</source>
        <translation>Secrecy (密级)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by</source>
        <translation>Held by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit</source>
        <translation>Time limit</translation>
    </message>
</context>
<context>
    <name>gw::IncomingPage</name>
    <message>
        <location filename="../ui/incoming/IncomingPage.cpp" line="+52"/>
        <source>Search title or number (Ctrl+F)</source>
        <translation>Search title or number (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any urgency</source>
        <translation>Any urgency</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Register…</source>
        <translation>&amp;Register…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Triage / handle…</source>
        <translation>&amp;Triage / handle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a list…</source>
        <translation>&amp;Import a list…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All senders</source>
        <translation>All senders</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Held by anyone</source>
        <translation>Held by anyone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by me (%1)</source>
        <translation>Held by me (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fro&amp;m:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>H&amp;eld by:</source>
        <translation>H&amp;eld by:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Letter or call from a person…</source>
        <translation>&amp;Letter or call from a person…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a document (非公文): recorded and passed to 信访 or the hotline</source>
        <translation>Not a document (非公文): recorded and passed to 信访 or the hotline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter &amp;book (非公文)…</source>
        <translation>Letter &amp;book (非公文)…</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+150"/>
        <source>Import a receipt list</source>
        <translation>Import a receipt list</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not counted</source>
        <translation>Not counted</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More than %1 documents</source>
        <translation>More than %1 documents</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Row %1, %2: %3</source>
        <translation>Row %1, %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 rows are good. Nothing is imported until the file is corrected, unless you import only the good rows.</source>
        <translation>%1 of %2 rows are good. Nothing is imported until the file is corrected, unless you import only the good rows.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import the good rows</source>
        <translation>Import the good rows</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> — %1 imported</source>
        <translation> — %1 imported</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registered as %1: %2</source>
        <translation>Registered as %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select a document in the register first.</source>
        <translation>Select a document in the register first.</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>%1 document(s)</source>
        <translation>%1 document(s)</translation>
    </message>
</context>
<context>
    <name>gw::IncomingService</name>
    <message>
        <location filename="../core/services/IncomingService.cpp" line="+37"/>
        <source>The time received lies in the future.</source>
        <translation>The time received lies in the future.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The time limit lies before the time received.</source>
        <translation>The time limit lies before the time received.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The number of copies must be between 1 and 9999.</source>
        <translation>The number of copies must be between 1 and 9999.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secrecy period needs a secrecy level.</source>
        <translation>A secrecy period needs a secrecy level.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the sending unit from the directory, or add it there.</source>
        <translation>Choose the sending unit from the directory, or add it there.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2 is registered already (registration %3: “%4”).</source>
        <translation>%1 %2 is registered already (registration %3: “%4”).</translation>
    </message>
    <message>
        <location filename="../core/services/IncomingQueries.cpp" line="+144"/>
        <source>The document does not exist or is not visible to you.</source>
        <translation>The document does not exist or is not visible to you.</translation>
    </message>
    <message>
        <location filename="../core/services/IncomingService.cpp" line="-43"/>
        <source>Your clearance does not cover %1 documents: ask a colleague cleared for them to register it.</source>
        <translation>Your clearance does not cover %1 documents: ask a colleague cleared for them to register it.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The time received lies before 1980; check the year.</source>
        <translation>The time received lies before 1980; check the year.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The time limit lies more than a year after the time received; check the year.</source>
        <translation>The time limit lies more than a year after the time received; check the year.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 %2 is registered already; that registration is not visible to you.</source>
        <translation>%1 %2 is registered already; that registration is not visible to you.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Give the reason for deciding otherwise than the rules propose.</source>
        <translation>Give the reason for deciding otherwise than the rules propose.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the reason for the transfer or return.</source>
        <translation>Give the reason for the transfer or return.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the department the document is transferred to.</source>
        <translation>Choose the department the document is transferred to.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 sent the document: it is not transferred back to its sender. Return it, or accept it when a leader&apos;s review is asked for (rule (三)2).</source>
        <translation>%1 sent the document: it is not transferred back to its sender. Return it, or accept it when a leader&apos;s review is asked for (rule (三)2).</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Choose the leader concerned, who receives a copy of the transfer.</source>
        <translation>Choose the leader concerned, who receives a copy of the transfer.</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>the sending unit (来文机关)</source>
        <translation>the sending unit (来文机关)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the title (标题)</source>
        <translation>the title (标题)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Please fill in %1.</source>
        <translation>Please fill in %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+129"/>
        <source>The document has been triaged already.</source>
        <translation>The document has been triaged already.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1&apos;s clearance does not cover this document&apos;s secrecy level; choose another leader for the copy.</source>
        <translation>%1&apos;s clearance does not cover this document&apos;s secrecy level; choose another leader for the copy.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Give the reason for reversing the triage decision.</source>
        <translation>Give the reason for reversing the triage decision.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a triage decision whose next step has not started can be reversed.</source>
        <translation>Only a triage decision whose next step has not started can be reversed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has read the copy of the transfer already: the decision stands.</source>
        <translation>%1 has read the copy of the transfer already: the decision stands.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 reversed: %2</source>
        <translation>%1 reversed: %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>拟办 follows acceptance.</source>
        <translation>拟办 follows acceptance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the proposal (拟办意见).</source>
        <translation>Write the proposal (拟办意见).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>签批 follows the secretariat&apos;s 拟办.</source>
        <translation>签批 follows the secretariat&apos;s 拟办.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the instruction.</source>
        <translation>Write the instruction.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The document is not waiting for distribution.</source>
        <translation>The document is not waiting for distribution.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A reader on the list has no active account.</source>
        <translation>A reader on the list has no active account.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s clearance does not cover this document&apos;s secrecy.</source>
        <translation>%1&apos;s clearance does not cover this document&apos;s secrecy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(lead)</source>
        <translation>(lead)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(assist)</source>
        <translation>(assist)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(read)</source>
        <translation>(read)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The document is with %1 now.</source>
        <translation>The document is with %1 now.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The document is not with a reader now.</source>
        <translation>The document is not with a reader now.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 still holds the document.</source>
        <translation>%1 still holds the document.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Everyone on the list has had the document.</source>
        <translation>Everyone on the list has had the document.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Say how the urging was done: by phone, by notice or in person.</source>
        <translation>Say how the urging was done: by phone, by notice or in person.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The document&apos;s handling has ended.</source>
        <translation>The document&apos;s handling has ended.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The reply follows the handling.</source>
        <translation>The reply follows the handling.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the reply to the sender.</source>
        <translation>Write the reply to the sender.</translation>
    </message>
    <message>
        <location filename="../core/services/IncomingQueries.cpp" line="+133"/>
        <source>The attachment no longer exists.</source>
        <translation>The attachment no longer exists.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The attachment “%1” no longer matches the SHA-256 recorded when it was registered.</source>
        <translation>The attachment “%1” no longer matches the SHA-256 recorded when it was registered.</translation>
    </message>
</context>
<context>
    <name>gw::LetterDialog</name>
    <message>
        <location filename="../ui/incoming/LetterDialog.cpp" line="+37"/>
        <source>Letter or call from a person — not a document (非公文)</source>
        <translation>Letter or call from a person — not a document (非公文)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A letter or call from a private person is not an official document: it is not triaged, but recorded here and passed to the petitions office (信访) or the hotline (直线电话) with a 转送单.</source>
        <translation>A letter or call from a private person is not an official document: it is not triaged, but recorded here and passed to the petitions office (信访) or the hotline (直线电话) with a 转送单.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Letter (来信)</source>
        <translation>Letter (来信)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call (来电)</source>
        <translation>Call (来电)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Telephone or address, as given (may be left empty)</source>
        <translation>Telephone or address, as given (may be left empty)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recei&amp;ved:</source>
        <translation>Recei&amp;ved:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What it is about:</source>
        <translation>&amp;What it is about:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passed to:</source>
        <translation>&amp;Passed to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;mark:</source>
        <translation>Re&amp;mark:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record and print the 转送单</source>
        <translation>&amp;Record and print the 转送单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the petitions office</source>
        <translation>the petitions office</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the government hotline (直线电话)</source>
        <translation>the government hotline (直线电话)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Forwarding slip (转送单)</source>
        <translation>Forwarding slip (转送单)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarding slip (转送单) — %1.pdf</source>
        <translation>Forwarding slip (转送单) — %1.pdf</translation>
    </message>
</context>
<context>
    <name>gw::LetterService</name>
    <message>
        <location filename="../core/services/LetterService.cpp" line="+30"/>
        <source>Enter the name of the person who wrote or called.</source>
        <translation>Enter the name of the person who wrote or called.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name or the contact is too long.</source>
        <translation>The name or the contact is too long.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say briefly what the letter or call is about.</source>
        <translation>Say briefly what the letter or call is about.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The summary or the remark is longer than %1 characters.</source>
        <translation>The summary or the remark is longer than %1 characters.</translation>
    </message>
</context>
<context>
    <name>gw::LettersDialog</name>
    <message>
        <location filename="../ui/incoming/LetterDialog.cpp" line="+16"/>
        <source>Letters and calls from persons — not documents (非公文)</source>
        <translation>Letters and calls from persons — not documents (非公文)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passed to</source>
        <translation>Passed to</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print the 转送单 &amp;again…</source>
        <translation>Print the 转送单 &amp;again…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a letter in the list first.</source>
        <translation>Choose a letter in the list first.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Call, not a document</source>
        <translation>Call, not a document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter, not a document</source>
        <translation>Letter, not a document</translation>
    </message>
</context>
<context>
    <name>gw::LoanDialog</name>
    <message>
        <location filename="../ui/archive/ArchiveDialogs.cpp" line="+7"/>
        <source>Lend an archived item (借阅登记)</source>
        <translation>Lend an archived item (借阅登记)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Borrower:</source>
        <translation>&amp;Borrower:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paper</source>
        <translation>&amp;Paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On &amp;screen</source>
        <translation>On &amp;screen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Form:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;urpose:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;cord</source>
        <translation>Re&amp;cord</translation>
    </message>
</context>
<context>
    <name>gw::LoginDialog</name>
    <message>
        <location filename="../ui/app/LoginDialog.cpp" line="+25"/>
        <source>Log in — Gongwen Desk</source>
        <translation>Log in — Gongwen Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gongwen Desk</source>
        <translation>Gongwen Desk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secretariat workstation</source>
        <translation>Secretariat workstation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. clerk</source>
        <translation>e.g. clerk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>gw::MainWindow</name>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="+54"/>
        <source>Gongwen Desk</source>
        <translation>Gongwen Desk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — Gongwen Desk</source>
        <translation>%1 — Gongwen Desk</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+27"/>
        <source>My tasks</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervised matters and hotline calls are kept by the supervision office (督查室) and the hotline desk; leaders and the director see them here.</source>
        <translation>Supervised matters and hotline calls are kept by the supervision office (督查室) and the hotline desk; leaders and the director see them here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervision is not among your posts.</source>
        <translation>Supervision is not among your posts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>My tasks (%1)</source>
        <translation>My tasks (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The search index could not be brought up to date: %1</source>
        <translation>The search index could not be brought up to date: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clearance: %1</source>
        <translation>Clearance: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log out</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change my &amp;password…</source>
        <translation>Change my &amp;password…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual (使用手册)</source>
        <translation>&amp;Manual (使用手册)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Gongwen Desk</source>
        <translation>&amp;About Gongwen Desk</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your password is changed. Use the new one from the next log-in.</source>
        <translation>Your password is changed. Use the new one from the next log-in.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Gongwen Desk</source>
        <translation>About Gongwen Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Gongwen Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;The secretariat&apos;s workstation for official documents.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Gongwen Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;The secretariat&apos;s workstation for official documents.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gw::ManualWindow</name>
    <message>
        <location filename="../ui/app/ManualWindow.cpp" line="+67"/>
        <source>Manual — Gongwen Desk</source>
        <translation>Manual — Gongwen Desk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contents</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search the manual:</source>
        <translation>&amp;Search the manual:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a word, e.g. 退文 or password</source>
        <translation>a word, e.g. 退文 or password</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
</context>
<context>
    <name>gw::MarkupPanel</name>
    <message>
        <location filename="../ui/outgoing/MarkupPanel.cpp" line="+35"/>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Select</source>
        <translation>Select</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strike</source>
        <translation>Strike</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Box</source>
        <translation>Box</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save markup</source>
        <translation>&amp;Save markup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport marked-up PDF…</source>
        <translation>E&amp;xport marked-up PDF…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any state</source>
        <translation>Any state</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+127"/>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not changed…</source>
        <translation>Not changed…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export marked-up PDF</source>
        <translation>Export marked-up PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（批注）.pdf</source>
        <translation>（批注）.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not changed</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why was the draft not changed?</source>
        <translation>Why was the draft not changed?</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Read only: new markups are drawn by whoever reviews or signs the draft at its current step.</source>
        <translation>Read only: new markups are drawn by whoever reviews or signs the draft at its current step.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unsaved</source>
        <translation>Unsaved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (v%1)</source>
        <translation> (v%1)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Comment:</source>
        <translation>Comment:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment on “%1”:</source>
        <translation>Comment on “%1”:</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+13"/>
        <source>Choose a saved markup in the list first.</source>
        <translation>Choose a saved markup in the list first.</translation>
    </message>
</context>
<context>
    <name>gw::MarkupService</name>
    <message>
        <location filename="../core/services/MarkupService.cpp" line="+39"/>
        <location line="+67"/>
        <source>The draft does not exist or is not visible to you.</source>
        <translation>The draft does not exist or is not visible to you.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Markup is made by whoever reviews or signs the draft at its current step; “%1” is not yours to act on now.</source>
        <translation>Markup is made by whoever reviews or signs the draft at its current step; “%1” is not yours to act on now.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version %1 does not exist.</source>
        <translation>Version %1 does not exist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A markup needs a place on a page.</source>
        <translation>A markup needs a place on a page.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A markup lies outside the page.</source>
        <translation>A markup lies outside the page.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A comment is longer than %1 characters.</source>
        <translation>A comment is longer than %1 characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note needs its text.</source>
        <translation>A note needs its text.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Only an open markup is answered.</source>
        <translation>Only an open markup is answered.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A markup is answered by the draft&apos;s drafter.</source>
        <translation>A markup is answered by the draft&apos;s drafter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the draft was not changed.</source>
        <translation>Say why the draft was not changed.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The markup is open already.</source>
        <translation>The markup is open already.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A markup is closed once the drafter has answered it.</source>
        <translation>A markup is closed once the drafter has answered it.</translation>
    </message>
</context>
<context>
    <name>gw::MatterDialog</name>
    <message>
        <location filename="../ui/supervision/MatterDialog.cpp" line="+38"/>
        <source>Register: %1</source>
        <translation>Register: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Time of the ca&amp;ll:</source>
        <translation>Time of the ca&amp;ll:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as the caller gives it; may stay empty</source>
        <translation>as the caller gives it; may stay empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caller:</source>
        <translation>&amp;Caller:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — outside the scope</source>
        <translation>%1 — outside the scope</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategory:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Meeting:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>left empty: the start of the summary</source>
        <translation>left empty: the start of the summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the deputy or member, e.g. 张代表等5人</source>
        <translation>the deputy or member, e.g. 张代表等5人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made &amp;by:</source>
        <translation>Made &amp;by:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A: solved or to be solved this year</source>
        <translation>A: solved or to be solved this year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: promised, to be solved (承诺办理件)</source>
        <translation>B: promised, to be solved (承诺办理件)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C: cannot be solved for now, explained</source>
        <translation>C: cannot be solved for now, explained</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cla&amp;ss:</source>
        <translation>Cla&amp;ss:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the caller &amp;said:</source>
        <translation>What the caller &amp;said:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Instruction as written:</source>
        <translation>&amp;Instruction as written:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request:</source>
        <translation>&amp;Request:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was decided</source>
        <translation>What was decided</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add an item</source>
        <translation>&amp;Add an item</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decided items:</source>
        <translation>Decided items:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&amp;eader concerned:</source>
        <translation>L&amp;eader concerned:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secre&amp;cy:</source>
        <translation>Secre&amp;cy:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trans&amp;fer to:</source>
        <translation>Trans&amp;fer to:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead &amp;unit (交办 now):</source>
        <translation>Lead &amp;unit (交办 now):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the call</source>
        <translation>Record the call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+35"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+18"/>
        <location line="+20"/>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Outside the scope: the call is recorded and closed with this advice: %1</source>
        <translation>Outside the scope: the call is recorded and closed with this advice: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the scope: transfer it to the competent unit with a deadline.</source>
        <translation>In the scope: transfer it to the competent unit with a deadline.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The items are registered; item %1 was not assigned: %2</source>
        <translation>The items are registered; item %1 was not assigned: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Registered as %1, not yet assigned: %2</source>
        <translation>Registered as %1, not yet assigned: %2</translation>
    </message>
</context>
<context>
    <name>gw::MatterListDialog</name>
    <message>
        <location filename="../ui/supervision/SupervisionReportsUi.cpp" line="-92"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>gw::MatterModel</name>
    <message>
        <location filename="../ui/supervision/MatterModel.cpp" line="+64"/>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>↳ %1</source>
        <translation>↳ %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (%n open sub-task(s))</source>
        <translation>
            <numerusform>%1 (%n open sub-task)</numerusform>
            <numerusform>%1 (%n open sub-tasks)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (extended)</source>
        <translation>%1 (extended)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, extension asked</source>
        <translation>%1, extension asked</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source / caller</source>
        <translation>Source / caller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrecy</source>
        <translation>Secrecy</translation>
    </message>
</context>
<context>
    <name>gw::MatterStepDialog</name>
    <message>
        <location filename="../ui/supervision/MatterStepDialog.cpp" line="+51"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Attach files…</source>
        <translation>&amp;Attach files…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste &amp;picture</source>
        <translation>Paste &amp;picture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A picture copied from a camera&apos;s or a chat&apos;s window (Ctrl+Shift+V)</source>
        <translation>A picture copied from a camera&apos;s or a chat&apos;s window (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” could not be read: %2</source>
        <translation>“%1” could not be read: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Lead unit (牵头单位):</source>
        <translation>&amp;Lead unit (牵头单位):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A&amp;ssisting units (协办单位):</source>
        <translation>A&amp;ssisting units (协办单位):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline (办理时限):</source>
        <translation>&amp;Deadline (办理时限):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notice (督查通知):</source>
        <translation>&amp;Notice (督查通知):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the notice to the unit asks, beyond the instruction</source>
        <translation>What the notice to the unit asks, beyond the instruction</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Advice given:</source>
        <translation>Advice given:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Also said:</source>
        <translation>&amp;Also said:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anything said to the caller besides the advice</source>
        <translation>Anything said to the caller besides the advice</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sub-task</source>
        <translation>Sub-task</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add a sub-task</source>
        <translation>&amp;Add a sub-task</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sub-tasks:</source>
        <translation>Sub-tasks:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress as o&amp;f:</source>
        <translation>Progress as o&amp;f:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What the unit reported:</source>
        <translation>&amp;What the unit reported:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type or paste the unit&apos;s feedback (进展情况)</source>
        <translation>Type or paste the unit&apos;s feedback (进展情况)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Report of completion:</source>
        <translation>&amp;Report of completion:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type or paste the unit&apos;s report (办结报告)</source>
        <translation>Type or paste the unit&apos;s report (办结报告)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Present deadline:</source>
        <translation>Present deadline:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New deadline asked for:</source>
        <translation>&amp;New deadline asked for:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The unit&apos;s reason for the extension</source>
        <translation>The unit&apos;s reason for the extension</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asked for:</source>
        <translation>Asked for:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, because: %2</source>
        <translation>%1, because: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grant: the deadline moves</source>
        <translation>Grant: the deadline moves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse: the deadline stays</source>
        <translation>Refuse: the deadline stays</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needed when refusing</source>
        <translation>Needed when refusing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept the report (审核通过)</source>
        <translation>Accept the report (审核通过)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send back to the unit (退办)</source>
        <translation>Send back to the unit (退办)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needed when sending back: what is missing</source>
        <translation>Needed when sending back: what is missing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reply to the deputy or member (答复):</source>
        <translation>&amp;Reply to the deputy or member (答复):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer given to the caller:</source>
        <translation>&amp;Answer given to the caller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Closing note:</source>
        <translation>&amp;Closing note:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date of the reply:</source>
        <translation>&amp;Date of the reply:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Satisfaction:</source>
        <translation>&amp;Satisfaction:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>solved (办成)</source>
        <translation>solved (办成)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not solved</source>
        <translation>not solved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;olved:</source>
        <translation>S&amp;olved:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>by telephone</source>
        <translation>by telephone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by a written reminder (催办通知)</source>
        <translation>by a written reminder (催办通知)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in person</source>
        <translation>in person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What was said:</source>
        <translation>&amp;What was said:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+151"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clipboard holds no picture. Copy a picture first, or attach its file.</source>
        <translation>The clipboard holds no picture. Copy a picture first, or attach its file.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>picture-%1.png</source>
        <translation>picture-%1.png</translation>
    </message>
</context>
<context>
    <name>gw::MatterView</name>
    <message>
        <location filename="../ui/supervision/MatterView.cpp" line="+33"/>
        <source>registered (立项)</source>
        <translation>registered (立项)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assigned (交办)</source>
        <translation>assigned (交办)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>caller advised, closed</source>
        <translation>caller advised, closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>split into sub-tasks</source>
        <translation>split into sub-tasks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>progress</source>
        <translation>progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report of completion</source>
        <translation>report of completion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extension asked to</source>
        <translation>extension asked to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extension granted to</source>
        <translation>extension granted to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extension refused</source>
        <translation>extension refused</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report accepted</source>
        <translation>report accepted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent back (退办)</source>
        <translation>sent back (退办)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed (销号)</source>
        <translation>closed (销号)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed: every sub-task closed</source>
        <translation>closed: every sub-task closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>urged (催办)</source>
        <translation>urged (催办)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Save the file</source>
        <translation>Save the file</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;p&gt;No matter is selected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No matter is selected.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestion or proposal</source>
        <translation>Suggestion or proposal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of the call</source>
        <translation>Time of the call</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the caller said</source>
        <translation>What the caller said</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instruction or request</source>
        <translation>Instruction or request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader concerned</source>
        <translation>Leader concerned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (extended %n time(s))</source>
        <translation>
            <numerusform>%1 (extended %n time)</numerusform>
            <numerusform>%1 (extended %n times)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extension asked</source>
        <translation>Extension asked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to %1: %2</source>
        <translation>to %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrecy</source>
        <translation>Secrecy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solved</source>
        <translation>Solved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sub-tasks</source>
        <translation>Sub-tasks</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>gw::OfficeForm</name>
    <message>
        <location filename="../ui/admin/OfficeForm.cpp" line="+23"/>
        <location line="+3"/>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. J012</source>
        <translation>e.g. J012</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One prefix a line, then what it is for:
黄政发 区政府发文
黄政办发 区政府办公室发文</source>
        <translation>One prefix a line, then what it is for:
黄政发 区政府发文
黄政办发 区政府办公室发文</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office&apos;s full &amp;name:</source>
        <translation>Office&apos;s full &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing authority&apos;s &amp;mark (发文机关标志):</source>
        <translation>Issuing authority&apos;s &amp;mark (发文机关标志):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;onds number (全宗号):</source>
        <translation>F&amp;onds number (全宗号):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number &amp;prefixes:</source>
        <translation>Document number &amp;prefixes:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>printed on notices of return, transfer and urging, e.g. 李文秀</source>
        <translation>printed on notices of return, transfer and urging, e.g. 李文秀</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 0712-2345678</source>
        <translation>e.g. 0712-2345678</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact person (联系人):</source>
        <translation>&amp;Contact person (联系人):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact te&amp;lephone (联系电话):</source>
        <translation>Contact te&amp;lephone (联系电话):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> working days</source>
        <translation> working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supervised matter turns yellow when its deadline is this close.</source>
        <translation>A supervised matter turns yellow when its deadline is this close.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision &amp;warning (督查预警):</source>
        <translation>Supervision &amp;warning (督查预警):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. %1, or empty when items are not sorted by organisation</source>
        <translation>e.g. %1, or empty when items are not sorted by organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archival organisation co&amp;de (机构代码):</source>
        <translation>Archival organisation co&amp;de (机构代码):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lending &amp;approved by (借阅审批):</source>
        <translation>Lending &amp;approved by (借阅审批):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The archive check (四性检测) reports when the last backup is older than this.</source>
        <translation>The archive check (四性检测) reports when the last backup is older than this.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup at least &amp;every:</source>
        <translation>A backup at least &amp;every:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One rule a line, the first that fits proposes the retention of an item to archive: 本单位 or 收文, a genre (or 规范性文件, 全部), then 永久, 30年 or 10年. A person confirms each proposal.</source>
        <translation>One rule a line, the first that fits proposes the retention of an item to archive: 本单位 or 收文, a genre (or 规范性文件, 全部), then 永久, 30年 or 10年. A person confirms each proposal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retention r&amp;ules (保管期限):</source>
        <translation>Retention r&amp;ules (保管期限):</translation>
    </message>
</context>
<context>
    <name>gw::OfficeService</name>
    <message>
        <location filename="../core/services/OfficeService.cpp" line="+22"/>
        <source>Enter the office&apos;s full name.</source>
        <translation>Enter the office&apos;s full name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the issuing authority&apos;s mark (发文机关标志).</source>
        <translation>Enter the issuing authority&apos;s mark (发文机关标志).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fonds number (全宗号) has 1 to 10 letters or digits, e.g. J012.</source>
        <translation>The fonds number (全宗号) has 1 to 10 letters or digits, e.g. J012.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter at least one document number prefix, e.g. 黄政发.</source>
        <translation>Enter at least one document number prefix, e.g. 黄政发.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The contact telephone is a number such as 0712-2345678 or 13800000000.</source>
        <translation>The contact telephone is a number such as 0712-2345678 or 13800000000.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contact person&apos;s name is at most 20 characters.</source>
        <translation>The contact person&apos;s name is at most 20 characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The warning before a supervised matter&apos;s deadline is between 1 and 20 working days.</source>
        <translation>The warning before a supervised matter&apos;s deadline is between 1 and 20 working days.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The organisation code in the archival code (机构代码) is up to eight capital letters or digits, e.g. BGS, or empty.</source>
        <translation>The organisation code in the archival code (机构代码) is up to eight capital letters or digits, e.g. BGS, or empty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup stays recent for 1 to 90 days.</source>
        <translation>A backup stays recent for 1 to 90 days.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the post that approves lending archived items.</source>
        <translation>Choose the post that approves lending archived items.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The prefix “%1” is not valid: use 2 to 10 Chinese characters such as 黄政发, without brackets, year or 号.</source>
        <translation>The prefix “%1” is not valid: use 2 to 10 Chinese characters such as 黄政发, without brackets, year or 号.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The prefix “%1” must not end with 号; it is added after the number.</source>
        <translation>The prefix “%1” must not end with 号; it is added after the number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prefix “%1” is listed twice.</source>
        <translation>The prefix “%1” is listed twice.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not enough memory to protect the password.</source>
        <translation>Not enough memory to protect the password.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This database is already set up. Log in with an administrator account.</source>
        <translation>This database is already set up. Log in with an administrator account.</translation>
    </message>
</context>
<context>
    <name>gw::OfficeSettingsPage</name>
    <message>
        <location filename="../ui/admin/OfficeSettingsPage.cpp" line="+29"/>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Now saved: %1. Press Save again to replace it with your input.</source>
        <translation>Now saved: %1. Press Save again to replace it with your input.</translation>
    </message>
</context>
<context>
    <name>gw::PdfPreviewDialog</name>
    <message>
        <location filename="../ui/pdf/PdfPreviewDialog.cpp" line="+29"/>
        <source>Preview — %1</source>
        <translation>Preview — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lent for reading on screen (电子借阅): it cannot be printed or saved here.</source>
        <translation>Lent for reading on screen (电子借阅): it cannot be printed or saved here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The printer could not be opened.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Sent to the printer: %n page.</numerusform>
            <numerusform>Sent to the printer: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::PdfView</name>
    <message>
        <location filename="../ui/pdf/PdfView.cpp" line="+72"/>
        <source>&amp;Try Unreadable Pages Again</source>
        <translation>&amp;Try Unreadable Pages Again</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Page %1 is being drawn…</source>
        <translation>Page %1 is being drawn…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click the page or press F5 to try again.</source>
        <translation>Double-click the page or press F5 to try again.</translation>
    </message>
</context>
<context>
    <name>gw::PdfViewer</name>
    <message>
        <location filename="../ui/pdf/PdfViewer.cpp" line="+38"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find in the document (Ctrl+F)</source>
        <translation>Find in the document (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous hit (Shift+F3)</source>
        <translation>Previous hit (Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hit (F3)</source>
        <translation>Next hit (F3)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No hits</source>
        <translation>No hits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>gw::PrintDialog</name>
    <message>
        <location filename="../ui/printing/PrintDialog.cpp" line="+41"/>
        <source>Printing (印制)</source>
        <translation>Printing (印制)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>From 份号 (&amp;N):</source>
        <translation>From 份号 (&amp;N):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copies:</source>
        <translation>&amp;Copies:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One copy per &amp;unit (a group such as 各镇人民政府 counts each of its units)</source>
        <translation>One copy per &amp;unit (a group such as 各镇人民政府 counts each of its units)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recipient (double-click or F2 to change)</source>
        <translation>Recipient (double-click or F2 to change)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy number (份号)</source>
        <translation>Copy number (份号)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print to P&amp;DF…</source>
        <translation>Print to P&amp;DF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed: to the &amp;first reader</source>
        <translation>Printed: to the &amp;first reader</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print log</source>
        <translation>Print log</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copies (份号 → recipient)</source>
        <translation>Copies (份号 → recipient)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 %2 — version %3</source>
        <translation>%1 %2 — version %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Format check:&lt;/b&gt; no findings.</source>
        <translation>&lt;b&gt;Format check:&lt;/b&gt; no findings.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b style=&quot;color:#B00020&quot;&gt;Format check: %n finding(s) — fix them before printing.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&quot;color:#B00020&quot;&gt;Format check: %n finding — fix them before printing.&lt;/b&gt;</numerusform>
            <numerusform>&lt;b style=&quot;color:#B00020&quot;&gt;Format check: %n findings — fix them before printing.&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The printer could not be opened.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Print preview — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the copies to print.</source>
        <translation>Choose the copies to print.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+19"/>
        <source>PDF: %1</source>
        <translation>PDF: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each copy has its own 份号: the number of copies is set on this page. One of each numbered copy is printed.</source>
        <translation>Each copy has its own 份号: the number of copies is set on this page. One of each numbered copy is printed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print to PDF</source>
        <translation>Print to PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source> (reprint)</source>
        <translation> (reprint)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reprint, version %1</source>
        <translation>Reprint, version %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print, version %1</source>
        <translation>Print, version %1</translation>
    </message>
</context>
<context>
    <name>gw::PrintingService</name>
    <message>
        <location filename="../core/services/PrintingService.cpp" line="+80"/>
        <source>The office is not set up: its 发文机关标志 is unknown.</source>
        <translation>The office is not set up: its 发文机关标志 is unknown.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The document is not signed.</source>
        <translation>The document is not signed.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Only a registered document waiting for printing or for the first reader is printed (it is at “%1”).</source>
        <translation>Only a registered document waiting for printing or for the first reader is printed (it is at “%1”).</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The format check finds %n problem(s); the first: %1</source>
        <translation>
            <numerusform>The format check finds %n problem; the first: %1</numerusform>
            <numerusform>The format check finds %n problems; the first: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the copies to print.</source>
        <translation>Choose the copies to print.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The print is logged with its PDF, which the first reader reads; none was given.</source>
        <translation>The print is logged with its PDF, which the first reader reads; none was given.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy numbers are positive and each is printed once per print (%1).</source>
        <translation>Copy numbers are positive and each is printed once per print (%1).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>份号 %1 was printed for %2; a reprint of it goes to the same recipient.</source>
        <translation>份号 %1 was printed for %2; a reprint of it goes to the same recipient.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A classified document records the recipient of every copy: copy %1 has none.</source>
        <translation>A classified document records the recipient of every copy: copy %1 has none.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>份号 %1–%2, %n copy(ies), on %3</source>
        <translation>
            <numerusform>份号 %1–%2, %n copy(ies), on %3</numerusform>
            <numerusform>份号 %1–%2, %n copy(ies), on %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The current version of “%1” has not been printed.</source>
        <translation>The current version of “%1” has not been printed.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The current version has not been printed.</source>
        <translation>The current version has not been printed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document has changed since it was printed (for example its 成文日期 or the office&apos;s details): print it again.</source>
        <translation>The document has changed since it was printed (for example its 成文日期 or the office&apos;s details): print it again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The document is not waiting for printing.</source>
        <translation>The document is not waiting for printing.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The document is not waiting for the first reader.</source>
        <translation>The document is not waiting for the first reader.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>The format check finds %n problem(s): the document cannot pass.</source>
        <translation>
            <numerusform>The format check finds %n problem: the document cannot pass.</numerusform>
            <numerusform>The format check finds %n problems: the document cannot pass.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The checklist is not complete: %1</source>
        <translation>The checklist is not complete: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name whom the document is released to.</source>
        <translation>Name whom the document is released to.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Say what is wrong with the print.</source>
        <translation>Say what is wrong with the print.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no print to fail.</source>
        <translation>There is no print to fail.</translation>
    </message>
</context>
<context>
    <name>gw::RankingTab</name>
    <message>
        <location filename="../ui/stats/RankingTab.cpp" line="+44"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set the sche&amp;me…</source>
        <translation>Set the sche&amp;me…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Annual ranking %1</source>
        <translation>Annual ranking %1</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Sc&amp;oring scheme:</source>
        <translation>Sc&amp;oring scheme:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Print previe&amp;w…</source>
        <translation>Print previe&amp;w…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter or double-click: the documents behind this number</source>
        <translation>Enter or double-click: the documents behind this number</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Serials and their issues (刊物)</source>
        <translation>Serials and their issues (刊物)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seria&amp;l:</source>
        <translation>Seria&amp;l:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New serial…</source>
        <translation>&amp;New serial…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ed&amp;it serial…</source>
        <translation>Ed&amp;it serial…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compose &amp;bulletin…</source>
        <translation>Compose &amp;bulletin…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter or double-click: open the issue&apos;s document</source>
        <translation>Enter or double-click: open the issue&apos;s document</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only documents within your clearance (%1) are counted.</source>
        <translation>Only documents within your clearance (%1) are counted.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>《%1》 (no longer in use)</source>
        <translation>《%1》 (no longer in use)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>as installed</source>
        <translation>as installed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 (%2%3)</source>
        <translation>Version %1 (%2%3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Version %1 of the scoring scheme%2. %3 %4</source>
        <translation>Version %1 of the scoring scheme%2. %3 %4</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Covers</source>
        <translation>Covers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where it is</source>
        <translation>Where it is</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(numbered at registration)</source>
        <translation>(numbered at registration)</translation>
    </message>
</context>
<context>
    <name>gw::RatingSchemeDialog</name>
    <message>
        <location filename="../ui/stats/BulletinDialogs.cpp" line="-258"/>
        <source>Scoring scheme of the annual ranking</source>
        <translation>Scoring scheme of the annual ranking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting from version %1. Saving stores a new version; rankings made with earlier versions keep theirs.</source>
        <translation>Starting from version %1. Saving stores a new version; rankings made with earlier versions keep theirs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Base points:</source>
        <translation>&amp;Base points:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Policy error, per document:</source>
        <translation>&amp;Policy error, per document:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Genre/format error, per document:</source>
        <translation>&amp;Genre/format error, per document:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wording error, per document:</source>
        <translation>&amp;Wording error, per document:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Return (倒流), per document:</source>
        <translation>&amp;Return (倒流), per document:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First-reader failure, per document:</source>
        <translation>&amp;First-reader failure, per document:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;On time (points at 100%):</source>
        <translation>&amp;On time (points at 100%):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Volume (points at the target):</source>
        <translation>&amp;Volume (points at the target):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> documents</source>
        <translation> documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume &amp;target:</source>
        <translation>Volume &amp;target:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the weights changed, e.g. the office meeting&apos;s decision</source>
        <translation>Why the weights changed, e.g. the office meeting&apos;s decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save as new version</source>
        <translation>&amp;Save as new version</translation>
    </message>
</context>
<context>
    <name>gw::RatingService</name>
    <message>
        <location filename="../core/services/RatingService.cpp" line="+59"/>
        <source>These are the weights of version %1 already: nothing to save.</source>
        <translation>These are the weights of version %1 already: nothing to save.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a year between 2000 and 2100.</source>
        <translation>Choose a year between 2000 and 2100.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no version %1 of the scoring scheme.</source>
        <translation>There is no version %1 of the scoring scheme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scoring scheme is stored. Set one first.</source>
        <translation>No scoring scheme is stored. Set one first.</translation>
    </message>
</context>
<context>
    <name>gw::RegistrationDialog</name>
    <message>
        <location filename="../ui/incoming/RegistrationDialog.cpp" line="+47"/>
        <source>Sign for and register an incoming document</source>
        <translation>Sign for and register an incoming document</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New &amp;unit…</source>
        <translation>New &amp;unit…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. 黄政发〔2026〕12号 — [ ] ( ) ［ ］ are accepted</source>
        <translation>e.g. 黄政发〔2026〕12号 — [ ] ( ) ［ ］ are accepted</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(choose the genre)</source>
        <translation>(choose the genre)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>e.g. 000012</source>
        <translation>e.g. 000012</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To be done by</source>
        <translation>To be done by</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The district government</source>
        <translation>The district government</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The district government office</source>
        <translation>The district government office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A leader personally</source>
        <translation>A leader personally</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Attach…</source>
        <translation>&amp;Attach…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document &amp;number:</source>
        <translation>Document &amp;number:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Genre:</source>
        <translation>&amp;Genre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgenc&amp;y:</source>
        <translation>Urgenc&amp;y:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Secrecy:</source>
        <translation>&amp;Secrecy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrecy &amp;period:</source>
        <translation>Secrecy &amp;period:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copies:</source>
        <translation>&amp;Copies:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time limit:</source>
        <translation>Time limit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddressed to:</source>
        <translation>A&amp;ddressed to:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>“%1” is not a readable PDF: %2</source>
        <translation>“%1” is not a readable PDF: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-307"/>
        <source>Copy num&amp;bers:</source>
        <translation>Copy num&amp;bers:</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Recei&amp;ved:</source>
        <translation>Recei&amp;ved:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confir&amp;m the proposals</source>
        <translation>Confir&amp;m the proposals</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+9"/>
        <source>New unit</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Full name of the sending unit:</source>
        <translation>Full name of the sending unit:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Read from the document: check it, then change it or confirm it.</source>
        <translation>Read from the document: check it, then change it or confirm it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not found in the document: enter it.</source>
        <translation>Not found in the document: enter it.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+2"/>
        <source>sender</source>
        <translation>sender</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>document number</source>
        <translation>document number</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>genre</source>
        <translation>genre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>addressed to</source>
        <translation>addressed to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>urgency</source>
        <translation>urgency</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>secrecy</source>
        <translation>secrecy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>secrecy period</source>
        <translation>secrecy period</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields in yellow were read from the document (%1): check each, then change it or confirm it.</source>
        <translation>Fields in yellow were read from the document (%1): check each, then change it or confirm it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Dated %1.</source>
        <translation> Dated %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> Its 附件说明 names %n attachments: %1.</source>
        <translation>
            <numerusform> Its 附件说明 names %n attachment: %1.</numerusform>
            <numerusform> Its 附件说明 names %n attachments: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Not found in the document, in red: %1 — enter them.</source>
        <translation> Not found in the document, in red: %1 — enter them.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> The document names “%1” as its sender, which is not in the directory: choose it or add it.</source>
        <translation> The document names “%1” as its sender, which is not in the directory: choose it or add it.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Check the fields read from the document (%1) and confirm them before registering.</source>
        <translation>Check the fields read from the document (%1) and confirm them before registering.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the genre (文种)</source>
        <translation>the genre (文种)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please fill in %1.</source>
        <translation>Please fill in %1.</translation>
    </message>
</context>
<context>
    <name>gw::SearchDialog</name>
    <message>
        <location filename="../ui/search/SearchDialog.cpp" line="+48"/>
        <source>Search (搜索)</source>
        <translation>Search (搜索)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A 文号 or part of one, words of a title, a sender, words in the text</source>
        <translation>A 文号 or part of one, words of a title, a sender, words in the text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every kind</source>
        <translation>Every kind</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any year</source>
        <translation>Any year</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any unit</source>
        <translation>Any unit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Doc. number (文号)</source>
        <translation>Doc. number (文号)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title (题名)</source>
        <translation>Title (题名)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender or responsible</source>
        <translation>Sender or responsible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The search index is being built for these records; results may be incomplete until it is done.</source>
        <translation>The search index is being built for these records; results may be incomplete until it is done.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The text of %n file(s) is still being read; words inside them are found once it is.</source>
        <translation>
            <numerusform>The text of %n file is still being read; words inside them are found once it is.</numerusform>
            <numerusform>The text of %n files is still being read; words inside them are found once it is.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Type letters, digits or characters to look for.</source>
        <translation>Type letters, digits or characters to look for.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 — %n found</source>
        <translation>
            <numerusform>%1 — %n found</numerusform>
            <numerusform>%1 — %n found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Show more (%n more)…</source>
        <translation>
            <numerusform>Show more (%n more)…</numerusform>
            <numerusform>Show more (%n more)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n document(s) found for “%1”.</source>
        <translation>
            <numerusform>%n document found for “%1”.</numerusform>
            <numerusform>%n documents found for “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::SearchSchedule</name>
    <message>
        <location filename="../ui/search/SearchSchedule.cpp" line="+72"/>
        <source>Building the search index: %1 of %2 records…</source>
        <translation>Building the search index: %1 of %2 records…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the text of files for search: %1 of %2…</source>
        <translation>Reading the text of files for search: %1 of %2…</translation>
    </message>
</context>
<context>
    <name>gw::SearchService</name>
    <message>
        <location filename="../core/services/SearchService.cpp" line="+39"/>
        <source>A search is at most 200 characters.</source>
        <translation>A search is at most 200 characters.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Another workstation (%1) is building the search index. Search finds everything once it has finished.</source>
        <translation>Another workstation (%1) is building the search index. Search finds everything once it has finished.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Building the search index was stopped; search finds only what was indexed until then. Build it again to finish.</source>
        <translation>Building the search index was stopped; search finds only what was indexed until then. Build it again to finish.</translation>
    </message>
</context>
<context>
    <name>gw::SerialDialog</name>
    <message>
        <location filename="../ui/stats/BulletinDialogs.cpp" line="+38"/>
        <source>Serial 《%1》</source>
        <translation>Serial 《%1》</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New serial</source>
        <translation>New serial</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 督查通报 (without 《》)</source>
        <translation>e.g. 督查通报 (without 《》)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Issued by (编印单位):</source>
        <translation>&amp;Issued by (编印单位):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yearly: 2026年第1期, 第2期 …, from 1 again each year</source>
        <translation>&amp;Yearly: 2026年第1期, 第2期 …, from 1 again each year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Running: 第1期, 第2期 … on from the first issue</source>
        <translation>&amp;Running: 第1期, 第2期 … on from the first issue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issue numbers:</source>
        <translation>Issue numbers:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;use (new issues can be composed)</source>
        <translation>In &amp;use (new issues can be composed)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>gw::SettingsPage</name>
    <message>
        <location filename="../ui/admin/SettingsPage.cpp" line="+20"/>
        <source>Unit directory</source>
        <translation>Unit directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office</source>
        <translation>The office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work calendar</source>
        <translation>Work calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document fonts</source>
        <translation>Document fonts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup of this workstation</source>
        <translation>Backup of this workstation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit log (审计日志)</source>
        <translation>Audit log (审计日志)</translation>
    </message>
</context>
<context>
    <name>gw::SetupWizard</name>
    <message>
        <location filename="../ui/app/SetupWizard.cpp" line="+33"/>
        <source>Set up Gongwen Desk</source>
        <translation>Set up Gongwen Desk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database holds no office yet. In two steps you record the office this workstation serves and create its system administrator. The administrator then adds the other accounts and the unit directory.</source>
        <translation>This database holds no office yet. In two steps you record the office this workstation serves and create its system administrator. The administrator then adds the other accounts and the unit directory.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The office</source>
        <translation>The office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As it appears on documents and in the archive.</source>
        <translation>As it appears on documents and in the archive.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The system administrator</source>
        <translation>The system administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The administrator manages accounts, posts and clearances.</source>
        <translation>The administrator manages accounts, posts and clearances.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 characters.</source>
        <translation>At least %1 characters.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>gw::StatsPage</name>
    <message>
        <location filename="../ui/stats/StatsPage.cpp" line="+65"/>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (year)</source>
        <translation> (year)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Rows:</source>
        <translation>&amp;Rows:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+199"/>
        <source>Whole office</source>
        <translation>Whole office</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Person: %1</source>
        <translation>Person: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R&amp;efresh</source>
        <translation>R&amp;efresh</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Quality ledger (差错台账)</source>
        <translation>&amp;Quality ledger (差错台账)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;view quality (核稿质量)</source>
        <translation>Re&amp;view quality (核稿质量)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <comment>the column of a month-by-month table</comment>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Month by month</source>
        <translation>Month by month</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+26"/>
        <source>Quality ledger %1</source>
        <translation>Quality ledger %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Char&amp;t:</source>
        <translation>Char&amp;t:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By kind and row</source>
        <translation>By kind and row</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>Save chart as &amp;image…</source>
        <translation>Save chart as &amp;image…</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Enter or double-click a number, or click a bar, to list its documents.</source>
        <translation>Enter or double-click a number, or click a bar, to list its documents.</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Enter or double-click: the documents behind this number</source>
        <translation>Enter or double-click: the documents behind this number</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Flow fig&amp;ures (流转情况)</source>
        <translation>Flow fig&amp;ures (流转情况)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R&amp;anking and bulletins (评比与通报)</source>
        <translation>R&amp;anking and bulletins (评比与通报)</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+18"/>
        <source>Review quality %1</source>
        <translation>Review quality %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>An error slipped past a reviewer when a later step or the first reader found it after the reviewer passed the document.</source>
        <translation>An error slipped past a reviewer when a later step or the first reader found it after the reviewer passed the document.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Quarter %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 · %2. Only documents within your clearance (%3) are counted.</source>
        <translation>%1 · %2. Only documents within your clearance (%3) are counted.</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+36"/>
        <source>%1 errors</source>
        <translation>%1 errors</translation>
    </message>
</context>
<context>
    <name>gw::StatsService</name>
    <message>
        <location filename="../core/services/StatsService.cpp" line="+153"/>
        <source>A section head sees the figures of their own unit, and no unit is recorded for your account. Ask the administrator to record it.</source>
        <translation>A section head sees the figures of their own unit, and no unit is recorded for your account. Ask the administrator to record it.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Choose a period whose first day is not after its last.</source>
        <translation>Choose a period whose first day is not after its last.</translation>
    </message>
    <message>
        <location filename="../core/services/StatsFlow.cpp" line="+106"/>
        <source>Outgoing by genre</source>
        <translation>Outgoing by genre</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+224"/>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Outgoing by chain</source>
        <translation>Outgoing by chain</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+98"/>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+86"/>
        <source>Released</source>
        <translation>Released</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Outgoing started in the period: where they are now</source>
        <translation>Outgoing started in the period: where they are now</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+53"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Time at each step</source>
        <translation>Time at each step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median (hours)</source>
        <translation>Median (hours)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90th percentile (hours)</source>
        <translation>90th percentile (hours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the time limit</source>
        <translation>After the time limit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From the routing line that brought the document to the step to the action that finished it there; the limit is the work calendar&apos;s for the document&apos;s urgency.</source>
        <translation>From the routing line that brought the document to the step to the action that finished it there; the limit is the work calendar&apos;s for the document&apos;s urgency.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a person chosen: the steps that person finished, on any document (the other tables: the documents they drafted).</source>
        <translation>With a person chosen: the steps that person finished, on any document (the other tables: the documents they drafted).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>End to end: from drafting to release</source>
        <translation>End to end: from drafting to release</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+178"/>
        <source>Median (days)</source>
        <translation>Median (days)</translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+178"/>
        <source>90th percentile (days)</source>
        <translation>90th percentile (days)</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Overdue now</source>
        <translation>Overdue now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents past the step&apos;s limit</source>
        <translation>Documents past the step&apos;s limit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documents waiting now, whatever the period chosen.</source>
        <translation>Documents waiting now, whatever the period chosen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Printing and the first reader</source>
        <translation>Printing and the first reader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies printed</source>
        <translation>Copies printed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of them reprints</source>
        <translation>Of them reprints</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First reader passed</source>
        <translation>First reader passed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First reader failed</source>
        <translation>First reader failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass rate (%)</source>
        <translation>Pass rate (%)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Incoming by sender</source>
        <translation>Incoming by sender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <location line="+21"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+42"/>
        <source>Returned (退文)</source>
        <translation>Returned (退文)</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+42"/>
        <source>Transferred (转办)</source>
        <translation>Transferred (转办)</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Clauses cited</source>
        <translation>Clauses cited</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(unit #%1)</source>
        <translation>(unit #%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Incoming by genre</source>
        <translation>Incoming by genre</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Incoming month by month</source>
        <translation>Incoming month by month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Incoming circulation</source>
        <translation>Incoming circulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled to the end</source>
        <translation>Handled to the end</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With a due time</source>
        <translation>With a due time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled in time</source>
        <translation>Handled in time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On time (%)</source>
        <translation>On time (%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items received in the period and handled to the end; from receipt to their last step.</source>
        <translation>Items received in the period and handled to the end; from receipt to their last step.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>These figures count incoming items, not outgoing documents.</source>
        <translation>These figures count incoming items, not outgoing documents.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../core/services/StatsService.cpp" line="+7"/>
        <source>A section head sees the figures of their own unit only.</source>
        <translation>A section head sees the figures of their own unit only.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These figures count outgoing documents, not incoming items.</source>
        <translation>These figures count outgoing documents, not incoming items.</translation>
    </message>
    <message>
        <location line="-319"/>
        <location line="+84"/>
        <location line="+19"/>
        <location filename="../core/services/StatsService.cpp" line="+50"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../core/services/StatsService.cpp" line="+5"/>
        <source>(no longer in the records, #%1)</source>
        <translation>(no longer in the records, #%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
</context>
<context>
    <name>gw::SupervisionFiguresTab</name>
    <message>
        <location filename="../ui/supervision/SupervisionReportsUi.cpp" line="-112"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Perio&amp;d:</source>
        <translation>Perio&amp;d:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Supervision figures %1</source>
        <translation>Supervision figures %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+215"/>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Enter or double-click: the matters behind this number</source>
        <translation>Enter or double-click: the matters behind this number</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 — %2, %3: %4</source>
        <translation>%1 — %2, %3: %4</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Hotline digest (直线电话简报) %1</source>
        <translation>Hotline digest (直线电话简报) %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hotline digest %1</source>
        <translation>Hotline digest %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>gw::SupervisionPage</name>
    <message>
        <location filename="../ui/supervision/SupervisionPage.cpp" line="+52"/>
        <source>Search title, text, source or caller (Ctrl+F)</source>
        <translation>Search title, text, source or caller (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any light</source>
        <translation>Any light</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Register ▾</source>
        <translation>&amp;Register ▾</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leader&apos;s instruction on an incoming document…</source>
        <translation>Leader&apos;s instruction on an incoming document…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;October review (回头看)…</source>
        <translation>&amp;October review (回头看)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every B-class suggestion or proposal (承诺办理件) of the year whose promise is not yet kept</source>
        <translation>Every B-class suggestion or proposal (承诺办理件) of the year whose promise is not yet kept</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Re&amp;ports ▾</source>
        <translation>Re&amp;ports ▾</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monthly bulletin (督查通报)…</source>
        <translation>Monthly bulletin (督查通报)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Special report on the matter shown (督查专报)…</source>
        <translation>Special report on the matter shown (督查专报)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hotline digest of the figures&apos; period…</source>
        <translation>Hotline digest of the figures&apos; period…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Matt&amp;ers</source>
        <translation>Matt&amp;ers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fig&amp;ures</source>
        <translation>Fig&amp;ures</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Open matters: %1 &amp;nbsp; %2 &amp;nbsp; %3</source>
        <translation>Open matters: %1 &amp;nbsp; %2 &amp;nbsp; %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline near</source>
        <translation>deadline near</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose the incoming document</source>
        <translation>Choose the incoming document</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 — instruction: %3</source>
        <translation>%1 %2 — instruction: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Documents with a leader&apos;s instruction:</source>
        <translation>&amp;Documents with a leader&apos;s instruction:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No incoming document bears a leader&apos;s instruction yet.</source>
        <translation>No incoming document bears a leader&apos;s instruction yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register its instruction</source>
        <translation>Register its instruction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>October review (回头看) %1</source>
        <translation>October review (回头看) %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made by</source>
        <translation>Made by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>B-class suggestions and proposals (承诺办理件) of %1 not yet closed, or closed without being solved: %n item(s).</source>
        <translation>
            <numerusform>B-class suggestions and proposals (承诺办理件) of %1 not yet closed, or closed without being solved: %n item.</numerusform>
            <numerusform>B-class suggestions and proposals (承诺办理件) of %1 not yet closed, or closed without being solved: %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::SupervisionReports</name>
    <message>
        <location filename="../core/services/SupervisionReports.cpp" line="+59"/>
        <source>Choose the month the bulletin covers.</source>
        <translation>Choose the month the bulletin covers.</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>The report is drafted in your name and submitted by you: %1</source>
        <translation>The report is drafted in your name and submitted by you: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>《%1》 is not in use in the register of serials.</source>
        <translation>《%1》 is not in use in the register of serials.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a period whose first day is not after its last.</source>
        <translation>Choose a period whose first day is not after its last.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Hotline calls by category</source>
        <translation>Hotline calls by category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Advised where to go</source>
        <translation>Advised where to go</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <location line="+13"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+12"/>
        <source>Satisfied</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+35"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <location line="-33"/>
        <source>%1: %n call(s) recorded by the hotline desk.</source>
        <translation>
            <numerusform>%1: %n call recorded by the hotline desk.</numerusform>
            <numerusform>%1: %n calls recorded by the hotline desk.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotline calls by the unit they went to</source>
        <translation>Hotline calls by the unit they went to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Supervision figures</source>
        <translation>Supervision figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead unit</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed on time</source>
        <translation>Closed on time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-time rate</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer rate</source>
        <translation>Answer rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied rate</source>
        <translation>Satisfied rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Solved rate</source>
        <translation>Solved rate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average days to close</source>
        <translation>Average days to close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extensions granted</source>
        <translation>Extensions granted</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1. Due: the deadline falls in the period; on time: closed by the end of the deadline&apos;s day; received: registered in the period; answered: of those, closed. Tasks split into sub-tasks count through their sub-tasks.</source>
        <translation>%1. Due: the deadline falls in the period; on time: closed by the end of the deadline&apos;s day; received: registered in the period; answered: of those, closed. Tasks split into sub-tasks count through their sub-tasks.</translation>
    </message>
</context>
<context>
    <name>gw::SupervisionService</name>
    <message>
        <location filename="../core/services/SupervisionQueries.cpp" line="+120"/>
        <source>The file is not among the matter&apos;s.</source>
        <translation>The file is not among the matter&apos;s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” no longer matches the file that was stored: it has been altered or damaged.</source>
        <translation>“%1” no longer matches the file that was stored: it has been altered or damaged.</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Choose a period whose first day is not after its last.</source>
        <translation>Choose a period whose first day is not after its last.</translation>
    </message>
    <message>
        <location filename="../core/services/SupervisionRegistration.cpp" line="+44"/>
        <source>The deadline %1 lies in the past.</source>
        <translation>The deadline %1 lies in the past.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deadline lies more than three years ahead; check the year.</source>
        <translation>The deadline lies more than three years ahead; check the year.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the title</source>
        <translation>the title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what the caller said</source>
        <translation>what the caller said</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the instruction or request</source>
        <translation>the instruction or request</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the call&apos;s category</source>
        <translation>the call&apos;s category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the meeting</source>
        <translation>the meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please fill in %1.</source>
        <translation>Please fill in %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title or the text is too long.</source>
        <translation>The title or the text is too long.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose whether it is a deputy&apos;s suggestion or a member&apos;s proposal.</source>
        <translation>Choose whether it is a deputy&apos;s suggestion or a member&apos;s proposal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the level: province, city or district.</source>
        <translation>Choose the level: province, city or district.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the class: A, B (承诺办理件) or C.</source>
        <translation>Choose the class: A, B (承诺办理件) or C.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the time of the call.</source>
        <translation>Enter the time of the call.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time of the call lies in the future.</source>
        <translation>The time of the call lies in the future.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time of the call lies before 1980; check the year.</source>
        <translation>The time of the call lies before 1980; check the year.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A call outside the scope is not transferred and has no deadline: the caller is told where to go.</source>
        <translation>A call outside the scope is not transferred and has no deadline: the caller is told where to go.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the leader concerned from the list of leaders.</source>
        <translation>Choose the leader concerned from the list of leaders.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s clearance does not cover the matter&apos;s secrecy level.</source>
        <translation>%1&apos;s clearance does not cover the matter&apos;s secrecy level.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the lead unit from the directory.</source>
        <translation>Choose the lead unit from the directory.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A unit is named twice among the lead and assisting units.</source>
        <translation>A unit is named twice among the lead and assisting units.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the assisting units from the directory.</source>
        <translation>Choose the assisting units from the directory.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A new matter starts at registration (立项).</source>
        <translation>A new matter starts at registration (立项).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The instruction on this document is tracked already (matter %1).</source>
        <translation>The instruction on this document is tracked already (matter %1).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The incoming document does not exist or is not visible to you.</source>
        <translation>The incoming document does not exist or is not visible to you.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The document carries no leader&apos;s instruction yet: enter the instruction as written.</source>
        <translation>The document carries no leader&apos;s instruction yet: enter the instruction as written.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter at least one decided item.</source>
        <translation>Enter at least one decided item.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Item %1: %2</source>
        <translation>Item %1: %2</translation>
    </message>
    <message>
        <location filename="../core/services/SupervisionService.cpp" line="+66"/>
        <source>You may not do this (%1) to the matter: it is done by %2.</source>
        <translation>You may not do this (%1) to the matter: it is done by %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The text is too long.</source>
        <translation>The text is too long.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the lead unit (牵头单位).</source>
        <translation>Choose the lead unit (牵头单位).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the deadline (办理时限).</source>
        <translation>Set the deadline (办理时限).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter at least one sub-task.</source>
        <translation>Enter at least one sub-task.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sub-task %1: %2</source>
        <translation>Sub-task %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sub-task %1: its deadline lies after the task&apos;s (%2).</source>
        <translation>Sub-task %1: its deadline lies after the task&apos;s (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sub-task %1: choose its lead unit and deadline.</source>
        <translation>Sub-task %1: choose its lead unit and deadline.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Write what the unit reported, or attach its file.</source>
        <translation>Write what the unit reported, or attach its file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The progress cannot be as of a day still to come.</source>
        <translation>The progress cannot be as of a day still to come.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write what the report of completion says.</source>
        <translation>Write what the report of completion says.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the unit&apos;s reason for the extension.</source>
        <translation>Give the unit&apos;s reason for the extension.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new deadline must lie after the present one (%1).</source>
        <translation>The new deadline must lie after the present one (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new deadline lies more than a year after the present one; check the year.</source>
        <translation>The new deadline lies more than a year after the present one; check the year.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give the reason for refusing the extension.</source>
        <translation>Give the reason for refusing the extension.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give the reason for sending the matter back (退办).</source>
        <translation>Give the reason for sending the matter back (退办).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter the reply to the deputy or member (答复).</source>
        <translation>Enter the reply to the deputy or member (答复).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the answer given to the caller.</source>
        <translation>Enter the answer given to the caller.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record whether the deputy or member was satisfied.</source>
        <translation>Record whether the deputy or member was satisfied.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record whether the caller was satisfied.</source>
        <translation>Record whether the caller was satisfied.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record whether the matter was solved (办成).</source>
        <translation>Record whether the matter was solved (办成).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of the reply lies in the future.</source>
        <translation>The date of the reply lies in the future.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose how the unit was urged.</source>
        <translation>Choose how the unit was urged.</translation>
    </message>
</context>
<context>
    <name>gw::TriageDialog</name>
    <message>
        <location filename="../ui/incoming/TriageDialog.cpp" line="+38"/>
        <source>Triage (初审) — %1</source>
        <translation>Triage (初审) — %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the document says</source>
        <translation>What the document says</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Touches other towns or departments</source>
        <translation>Touches other towns or departments</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Development plan, reform or new policy</source>
        <translation>Development plan, reform or new policy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law requires the district government&apos;s approval</source>
        <translation>Law requires the district government&apos;s approval</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Must be reported upward</source>
        <translation>Must be reported upward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every town and department must know or act</source>
        <translation>Every town and department must know or act</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City or province document to forward</source>
        <translation>City or province document to forward</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exception: a real emergency</source>
        <translation>Exception: a real emergency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exception: a complex matter for a leader&apos;s review</source>
        <translation>Exception: a complex matter for a leader&apos;s review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exception: a leader has already instructed</source>
        <translation>Exception: a leader has already instructed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exception: a leader asked for direct submission</source>
        <translation>Exception: a leader asked for direct submission</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no single competent department)</source>
        <translation>(no single competent department)</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>… not consulted, or a disagreement the request does not state</source>
        <translation>… not consulted, or a disagreement the request does not state</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… consulted, and they agreed</source>
        <translation>… consulted, and they agreed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… consulted without agreement, each side&apos;s view stated</source>
        <translation>… consulted without agreement, each side&apos;s view stated</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To a leader personally: states a special reason</source>
        <translation>To a leader personally: states a special reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The party&apos;s own work (党的工作)</source>
        <translation>The party&apos;s own work (党的工作)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs review by the party committee&apos;s organisation, propaganda or united-front department first</source>
        <translation>Needs review by the party committee&apos;s organisation, propaganda or united-front department first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… that department has reviewed it</source>
        <translation>… that department has reviewed it</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… with the competent department&apos;s review opinion (主管部门审核意见)</source>
        <translation>… with the competent department&apos;s review opinion (主管部门审核意见)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Within the powers of:</source>
        <translation>&amp;Within the powers of:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(choose the leader concerned)</source>
        <translation>(choose the leader concerned)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transfer: copy to the &amp;leader concerned:</source>
        <translation>Transfer: copy to the &amp;leader concerned:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reason (required for a transfer, a return, or a decision other than the proposal)</source>
        <translation>Reason (required for a transfer, a return, or a decision other than the proposal)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+146"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Proposed: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>Proposed: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Give the reason for deciding otherwise than the rules propose.</source>
        <translation>Give the reason for deciding otherwise than the rules propose.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the reason for the transfer or return.</source>
        <translation>Give the reason for the transfer or return.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision: %1.</source>
        <translation>Decision: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: %1.</source>
        <translation>To: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule: %1</source>
        <translation>Rule: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise than the rules propose (%1: %2).</source>
        <translation>Otherwise than the rules propose (%1: %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm the triage decision</source>
        <translation>Confirm the triage decision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Back to the form</source>
        <translation>&amp;Back to the form</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notice of return (退文通知)</source>
        <translation>Notice of return (退文通知)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice of transfer (转办告知单)</source>
        <translation>Notice of transfer (转办告知单)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>退文通知 — %1.pdf</source>
        <translation>退文通知 — %1.pdf</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The secretariat (秘书科) can reverse the decision, with a reason, until the next step has started.</source>
        <translation>The secretariat (秘书科) can reverse the decision, with a reason, until the next step has started.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>转办告知单 — %1.pdf</source>
        <translation>转办告知单 — %1.pdf</translation>
    </message>
</context>
<context>
    <name>gw::UnavailablePage</name>
    <message>
        <location filename="../ui/app/UnavailablePage.cpp" line="+28"/>
        <source>This part of Gongwen Desk is not available yet.</source>
        <translation>This part of Gongwen Desk is not available yet.</translation>
    </message>
</context>
<context>
    <name>gw::UnitDialog</name>
    <message>
        <location filename="../ui/admin/UnitDialog.cpp" line="+25"/>
        <source>New unit</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit unit</source>
        <translation>Edit unit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Standard abbreviation, used in 抄送</source>
        <translation>Standard abbreviation, used in 抄送</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Key enterprise supported by the district (exempt from the skip-level rule)</source>
        <translation>Key enterprise supported by the district (exempt from the skip-level rule)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Abbreviation:</source>
        <translation>&amp;Abbreviation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;perior unit:</source>
        <translation>Su&amp;perior unit:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>“%1” is not in the directory. Choose the superior unit from the list.</source>
        <translation>“%1” is not in the directory. Choose the superior unit from the list.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Now saved: %1, abbreviation %2, %3. Press Save again to replace it with your input.</source>
        <translation>Now saved: %1, abbreviation %2, %3. Press Save again to replace it with your input.</translation>
    </message>
</context>
<context>
    <name>gw::UnitDirectoryPage</name>
    <message>
        <location filename="../ui/admin/UnitDirectoryPage.cpp" line="+36"/>
        <source>Search name or abbreviation (Ctrl+F)</source>
        <translation>Search name or abbreviation (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show retired</source>
        <translation>Show retired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New unit…</source>
        <translation>&amp;New unit…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retire / restore</source>
        <translation>&amp;Retire / restore</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Retire the unit</source>
        <translation>Retire the unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire %1? It stays in the records and in documents already registered, but is no longer offered for new ones.</source>
        <translation>Retire %1? It stays in the records and in documents already registered, but is no longer offered for new ones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retire</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>gw::UnitModel</name>
    <message>
        <location filename="../ui/admin/UnitModel.cpp" line="+39"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retired</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abbreviation</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superior unit</source>
        <translation>Superior unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key enterprise</source>
        <translation>Key enterprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>gw::UnitService</name>
    <message>
        <location filename="../core/services/UnitService.cpp" line="+21"/>
        <source>Enter the unit&apos;s full name.</source>
        <translation>Enter the unit&apos;s full name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The unit&apos;s name is longer than %1 characters.</source>
        <translation>The unit&apos;s name is longer than %1 characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The abbreviation is longer than %1 characters.</source>
        <translation>The abbreviation is longer than %1 characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an enterprise or institution can be a key enterprise.</source>
        <translation>Only an enterprise or institution can be a key enterprise.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The directory already has a unit named “%1”.</source>
        <translation>The directory already has a unit named “%1”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A unit cannot be its own superior, directly or through other units.</source>
        <translation>A unit cannot be its own superior, directly or through other units.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chosen superior unit does not exist.</source>
        <translation>The chosen superior unit does not exist.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The unit no longer exists.</source>
        <translation>The unit no longer exists.</translation>
    </message>
</context>
<context>
    <name>gw::UserAdminPage</name>
    <message>
        <location filename="../ui/admin/UserAdminPage.cpp" line="+31"/>
        <source>&amp;New account…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lift the lock that failed passwords put on the account.</source>
        <translation>Lift the lock that failed passwords put on the account.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 (%2) can log in again.</source>
        <translation>%1 (%2) can log in again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Reset the password of %1 (%2)? Their current password stops working at once.</source>
        <translation>Reset the password of %1 (%2)? Their current password stops working at once.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New password for %1 (at least %2 characters):</source>
        <translation>New password for %1 (at least %2 characters):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The password of %1 is reset. They choose their own at the next log-in.</source>
        <translation>The password of %1 is reset. They choose their own at the next log-in.</translation>
    </message>
</context>
<context>
    <name>gw::UserDialog</name>
    <message>
        <location filename="../ui/admin/UserDialog.cpp" line="+30"/>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit account</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>District head (区长): signs upward documents of the district government</source>
        <translation>District head (区长): signs upward documents of the district government</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account may log in</source>
        <translation>Account may log in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not recorded)</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Works in:</source>
        <translation>&amp;Works in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clearance:</source>
        <translation>&amp;Clearance:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Posts and clearances are given by the security officer (安全保密管理员).</source>
        <translation>Posts and clearances are given by the security officer (安全保密管理员).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Now saved: %1, %2. Press Save again to replace it with your input.</source>
        <translation>Now saved: %1, %2. Press Save again to replace it with your input.</translation>
    </message>
</context>
<context>
    <name>gw::UserModel</name>
    <message>
        <location filename="../ui/admin/UserModel.cpp" line="+37"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Locked until %1 (failed passwords)</source>
        <translation>Locked until %1 (failed passwords)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active — password to change at the next log-in</source>
        <translation>Active — password to change at the next log-in</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clearance</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District head</source>
        <translation>District head</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>gw::UserService</name>
    <message>
        <location filename="../core/services/UserService.cpp" line="+179"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Enter the person&apos;s name.</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>At least one active account must keep the %1 post.</source>
        <translation>At least one active account must keep the %1 post.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The account does not exist.</source>
        <translation>The account does not exist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account “%1” is not locked.</source>
        <translation>The account “%1” is not locked.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+64"/>
        <location line="+29"/>
        <source>Not enough memory to protect the password.</source>
        <translation>Not enough memory to protect the password.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Posts and clearances are given by the security officer. Create the account without them; the security officer assigns them.</source>
        <translation>Posts and clearances are given by the security officer. Create the account without them; the security officer assigns them.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user name “%1” is taken.</source>
        <translation>The user name “%1” is taken.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Names, units and the state of accounts are changed by the system administrator.</source>
        <translation>Names, units and the state of accounts are changed by the system administrator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posts and clearances are given by the security officer.</source>
        <translation>Posts and clearances are given by the security officer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts are changed by the system administrator and the security officer.</source>
        <translation>Accounts are changed by the system administrator and the security officer.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
</context>
<context>
    <name>gw::Workstation</name>
    <message>
        <location filename="../ui/app/Workstation.cpp" line="+13"/>
        <source>Cannot create a temporary folder for the demonstration database.</source>
        <translation>Cannot create a temporary folder for the demonstration database.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Database password</source>
        <translation>Database password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of %1 on the database server %2:</source>
        <translation>Password of %1 on the database server %2:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Demonstration database: every account (admin, security, auditor, clerk, drafter, reviewer, leader, printer, reader …) has the password %1.</source>
        <translation>Demonstration database: every account (admin, security, auditor, clerk, drafter, reviewer, leader, printer, reader …) has the password %1.</translation>
    </message>
</context>
<context>
    <name>gw::archiving</name>
    <message>
        <location filename="../core/services/ArchiveAssembly.cpp" line="+63"/>
        <source>The document&apos;s PDF cannot be opened, so it cannot be archived: %1</source>
        <translation>The document&apos;s PDF cannot be opened, so it cannot be archived: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The record “%1” could not be written as PDF: %2</source>
        <translation>The record “%1” could not be written as PDF: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The forwarded incoming item does not exist or is not visible to you.</source>
        <translation>The forwarded incoming item does not exist or is not visible to you.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not done with: what a document forwards is archived with it once its handling is finished.</source>
        <translation>“%1” is not done with: what a document forwards is archived with it once its handling is finished.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The document does not exist or is not visible to you.</source>
        <translation>The document does not exist or is not visible to you.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not waiting to be archived: only a document released by the first reader is.</source>
        <translation>“%1” is not waiting to be archived: only a document released by the first reader is.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” has no printed copy that the first reader passed; it cannot be archived.</source>
        <translation>“%1” has no printed copy that the first reader passed; it cannot be archived.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The incoming item does not exist or is not visible to you.</source>
        <translation>The incoming item does not exist or is not visible to you.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not done with: an incoming item is archived once its reply is recorded.</source>
        <translation>“%1” is not done with: an incoming item is archived once its reply is recorded.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” has no PDF of the document; scan it to PDF and add it to the item before archiving.</source>
        <translation>“%1” has no PDF of the document; scan it to PDF and add it to the item before archiving.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The office is not set up: its fonds number (全宗号) is unknown.</source>
        <translation>The office is not set up: its fonds number (全宗号) is unknown.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only a document the office issued forwards another.</source>
        <translation>Only a document the office issued forwards another.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The item has no document to stamp.</source>
        <translation>The item has no document to stamp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first page has no blank space for the archival stamp (归档章) at its top; it was put where it covers the least text.</source>
        <translation>The first page has no blank space for the archival stamp (归档章) at its top; it was put where it covers the least text.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The archival stamp (归档章) could not be put on the copy: %1</source>
        <translation>The archival stamp (归档章) could not be put on the copy: %1</translation>
    </message>
</context>
<context>
    <name>gw::privatefiles</name>
    <message>
        <location filename="../core/storage/PrivateFiles.cpp" line="-56"/>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot make the folder %1 private to its owner.</source>
        <translation>Cannot make the folder %1 private to its owner.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 can be read by other users of this computer, and its permissions cannot be changed. Ask the computer&apos;s administrator to make it readable by its owner only.</source>
        <translation>%1 can be read by other users of this computer, and its permissions cannot be changed. Ask the computer&apos;s administrator to make it readable by its owner only.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+41"/>
        <source>Gongwen Desk: the secretariat&apos;s workstation.</source>
        <translation>Gongwen Desk: the secretariat&apos;s workstation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>verify: check the audit chain; demo: fill an empty database with a demonstration office; backup: write a backup of the records and their files; restore: put a backup back; reindex: build the search index again; search: find documents as an account; pdf-worker: the sandboxed process the workstation opens PDF files in (started by the workstation itself).</source>
        <translation>verify: check the audit chain; demo: fill an empty database with a demonstration office; backup: write a backup of the records and their files; restore: put a backup back; reindex: build the search index again; search: find documents as an account; pdf-worker: the sandboxed process the workstation opens PDF files in (started by the workstation itself).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>search: what to look for.</source>
        <translation>search: what to look for.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database address: sqlite:///path/file.db or postgresql://user@host:port/database.</source>
        <translation>Database address: sqlite:///path/file.db or postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the workstation on a fresh demonstration database.</source>
        <translation>Open the workstation on a fresh demonstration database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the interface: zh_CN or en.</source>
        <translation>Language of the interface: zh_CN or en.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>verify: check the audit chain against checkpoints signed with the auditor&apos;s public key in this file (instead of the one pinned on this workstation).</source>
        <translation>verify: check the audit chain against checkpoints signed with the auditor&apos;s public key in this file (instead of the one pinned on this workstation).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backup: the backup file to write.</source>
        <translation>backup: the backup file to write.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restore: the backup file to read.</source>
        <translation>restore: the backup file to read.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restore: overwrite a database that holds records.</source>
        <translation>restore: overwrite a database that holds records.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>search: the account that searches (its password is asked for, or read from standard input).</source>
        <translation>search: the account that searches (its password is asked for, or read from standard input).</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
</context>
</TS>
