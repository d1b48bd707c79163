<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArchiveChecker</name>
    <message>
        <location filename="../core/services/ArchiveCheck.cpp" line="+23"/>
        <source>digest differs (SHA-256/SM3)</source>
        <translation>摘要值不一致（SHA-256/SM3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored file missing</source>
        <translation>存储文件缺失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document number differs from the file</source>
        <translation>文号与文件不一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title differs from the file</source>
        <translation>题名与文件不一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date differs from the file</source>
        <translation>日期与文件不一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>component missing</source>
        <translation>组件缺失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>metadata item empty</source>
        <translation>元数据项为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gap in the item numbers</source>
        <translation>件号不连续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no audit trail</source>
        <translation>无审计记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file does not open</source>
        <translation>文件无法打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page does not render</source>
        <translation>页面无法显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file is encrypted</source>
        <translation>文件已加密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fonts not embedded</source>
        <translation>字体未嵌入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an archival format</source>
        <translation>非归档格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no recent backup</source>
        <translation>近期无备份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authenticity (真实性)</source>
        <translation>真实性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integrity (完整性)</source>
        <translation>完整性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usability (可用性)</source>
        <translation>可用性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>safety (安全性)</source>
        <translation>安全性</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The %1 is missing.</source>
        <translation>缺少%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The metadata item %1 is empty.</source>
        <translation>元数据项“%1”为空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log holds no history of the document this item was archived from.</source>
        <translation>审计日志中没有该件归档来源文件的历史记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>component %1 (%2, %3)</source>
        <translation>组件 %1（%2，%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stored file of %1 cannot be read.</source>
        <translation>无法读取 %1 的存储文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The stored file of %1 no longer matches its SHA-256 and SM3 digests: it was changed.</source>
        <translation>%1 的存储文件与其 SHA-256 和 SM3 摘要值不再一致：文件已被改动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is neither PDF nor OFD.</source>
        <translation>%1 既不是 PDF 也不是 OFD 格式。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 does not open: %2</source>
        <translation>%1 无法打开：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is encrypted.</source>
        <translation>%1 已加密。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 uses fonts it does not carry: %2.</source>
        <translation>%1 使用了未嵌入的字体：%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first page of %1 does not render.</source>
        <translation>%1 的首页无法显示。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The record gives the document number %1, which the document itself does not carry.</source>
        <translation>著录的文号为 %1，但文件本身并无此文号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The record gives the title “%1”, which the document itself does not carry.</source>
        <translation>著录的题名为“%1”，但文件本身并无此题名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The record gives the date %1, which the document itself does not carry.</source>
        <translation>著录的日期为 %1，但文件本身并无此日期。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The sequence %1 lacks the item numbers %2.</source>
        <translation>序列 %1 缺少件号 %2。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The last backup is %1 days old; the office asks for one every %2 days.</source>
        <translation>上次备份距今已 %1 天；本单位要求每 %2 天备份一次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No backup of the records has been made.</source>
        <translation>尚未对数据进行过备份。</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>%n item(s) checked, %1 finding(s).</source>
        <translation>
            <numerusform>已检查 %n 件，发现 %1 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The run was stopped before the end.</source>
        <translation>检测未完成即被中止。</translation>
    </message>
</context>
<context>
    <name>ArchiveCode</name>
    <message>
        <location filename="../core/domain/ArchiveCode.cpp" line="+12"/>
        <source>permanent (永久)</source>
        <translation>永久</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 years (定期30年)</source>
        <translation>定期30年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 years (定期10年)</source>
        <translation>定期10年</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The fonds number (全宗号) is one to eight capital letters or digits, e.g. J012.</source>
        <translation>全宗号为1至8位大写字母或数字，如 J012。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The category code (门类代码) is capital letters or digits, e.g. WS.</source>
        <translation>门类代码为大写字母或数字，如 WS。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The year of an archived item has four digits, e.g. 2026.</source>
        <translation>归档年度为四位数字，如 2026。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The organisation code (机构代码) is capital letters or digits, e.g. BGS.</source>
        <translation>机构（问题）代码为大写字母或数字，如 BGS。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The item number (件号) runs from 0001 to 9999.</source>
        <translation>件号为 0001 至 9999。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not a 档号 such as J012-WS·2026-Y-BGS-0001.</source>
        <translation>“%1”不是有效的档号，档号形如 J012-WS·2026-Y-BGS-0001。</translation>
    </message>
</context>
<context>
    <name>ArchiveItem</name>
    <message>
        <location filename="../core/domain/ArchiveItem.cpp" line="+12"/>
        <source>outgoing (发文)</source>
        <translation>发文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incoming (收文)</source>
        <translation>收文</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>handling slip (文件处理单)</source>
        <translation>文件处理单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document received (来文)</source>
        <translation>来文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document of record (正本)</source>
        <translation>正本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archival copy with stamp (归档章)</source>
        <translation>加盖归档章的副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attachment (附件)</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document forwarded (被转发文)</source>
        <translation>被转发文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notice sent (告知单)</source>
        <translation>告知单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>routing slip (发文稿纸)</source>
        <translation>发文稿纸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed draft (定稿)</source>
        <translation>定稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>earlier version (修改稿)</source>
        <translation>修改稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first reader&apos;s record (校核记录)</source>
        <translation>校核记录</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>title (题名)</source>
        <translation>题名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responsible body (责任者)</source>
        <translation>责任者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document number (文号)</source>
        <translation>文号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date (日期)</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pages (页数)</source>
        <translation>页数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fonds number (全宗号)</source>
        <translation>全宗号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>year (年度)</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item number (件号)</source>
        <translation>件号</translation>
    </message>
</context>
<context>
    <name>ArchiveLoan</name>
    <message>
        <location filename="../core/domain/ArchiveLoan.cpp" line="+10"/>
        <source>paper (纸质)</source>
        <translation>纸质</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>electronic (电子)</source>
        <translation>电子</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lent</source>
        <translation>已借出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned</source>
        <translation>已归还</translation>
    </message>
</context>
<context>
    <name>ArchivePdfTools</name>
    <message>
        <location filename="../core/pdf/ArchivePdfTools.cpp" line="+140"/>
        <source>The PDF could not be written.</source>
        <translation>无法写入 PDF 文件。</translation>
    </message>
</context>
<context>
    <name>ArchiveRepository</name>
    <message>
        <location filename="../core/storage/ArchiveRows.h" line="+40"/>
        <source>The database gave no number for the new row.</source>
        <translation>数据库未返回新记录的编号。</translation>
    </message>
    <message>
        <location filename="../core/storage/ArchiveLoanRepository.cpp" line="+74"/>
        <source>The loan of %1</source>
        <translation>%1 的借阅记录</translation>
    </message>
    <message>
        <location filename="../core/storage/ArchiveRepository.cpp" line="+77"/>
        <source>The archived item %1</source>
        <translation>档案 %1</translation>
    </message>
</context>
<context>
    <name>ArchiveService</name>
    <message>
        <location filename="../core/services/ArchiveRecords.h" line="+90"/>
        <source>The loan does not exist or is not visible to you.</source>
        <translation>该借阅记录不存在，或您无权查看。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The loan of %1</source>
        <translation>%1 的借阅记录</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Your clearance (%1) does not cover the secrecy level %2.</source>
        <translation>您的涉密等级（%1）不能查阅密级为“%2”的档案。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The archived item does not exist or is not visible to you.</source>
        <translation>该档案不存在，或您无权查看。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The archived item %1</source>
        <translation>档案 %1</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../core/domain/AuditEntry.cpp" line="+20"/>
        <source>Archive checked (四性检测)</source>
        <translation>档案四性检测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document archived (归档)</source>
        <translation>公文归档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive loan recorded (借阅登记)</source>
        <translation>档案借阅登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive loan approved</source>
        <translation>档案借阅已批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive loan refused</source>
        <translation>档案借阅已拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived item returned</source>
        <translation>档案已归还</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived file read (电子档案利用)</source>
        <translation>电子档案利用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived item&apos;s remark changed</source>
        <translation>档案备注已修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit checkpoint signed</source>
        <translation>签署审计检查点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logged in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made</source>
        <translation>已备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality bulletin drafted (办文质量通报)</source>
        <translation>起草办文质量通报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work calendar changed</source>
        <translation>修改工作日历</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document archived: chain ended (归档)</source>
        <translation>公文归档：流转链结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not to be issued (不予行文)</source>
        <translation>不予行文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content changed after sign-off</source>
        <translation>签发后修改内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft created</source>
        <translation>新建文稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed by the first reader</source>
        <translation>第一读者退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed on (通过)</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed (印制)</source>
        <translation>印制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed, sent to the first reader</source>
        <translation>印制完成，送第一读者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered, document number given (发文登记)</source>
        <translation>发文登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released (核发)</source>
        <translation>核发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned (退回)</source>
        <translation>退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft details edited</source>
        <translation>修改文稿信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New version of the text</source>
        <translation>保存新版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wording fixed (文字修改)</source>
        <translation>文字修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of writing set (成文日期)</source>
        <translation>确定成文日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distributed for reading (分送)</source>
        <translation>分送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded to the next reader</source>
        <translation>转下一位阅办人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt list imported</source>
        <translation>导入签收清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruction given (批示)</source>
        <translation>批示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handling proposed (拟办)</source>
        <translation>拟办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming document registered (收文登记)</source>
        <translation>收文登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply to the sender recorded (答复)</source>
        <translation>答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triaged (初审)</source>
        <translation>初审</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triage decision reversed</source>
        <translation>撤销初审结论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read and handed back (阅毕)</source>
        <translation>阅毕交回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urged (催办)</source>
        <translation>催办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Citizen&apos;s letter recorded</source>
        <translation>登记群众来信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markup added</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markup answered</source>
        <translation>答复批注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markup closed</source>
        <translation>关闭批注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markup reopened</source>
        <translation>重新打开批注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller advised where to go, call closed</source>
        <translation>告知来电人反映渠道并办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matter assigned (交办)</source>
        <translation>督查事项交办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matter closed (销号)</source>
        <translation>督查事项销号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension decided</source>
        <translation>审批延期申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extension asked for (延期申请)</source>
        <translation>提出延期申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress recorded (进展反馈)</source>
        <translation>登记进展反馈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matter registered (督查立项)</source>
        <translation>督查立项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report of completion recorded (办结报告)</source>
        <translation>登记办结报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report reviewed (审核)</source>
        <translation>审核办结报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matter split into sub-tasks (分解)</source>
        <translation>督查事项分解</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matter urged (催办)</source>
        <translation>督查事项催办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office set up</source>
        <translation>初始设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office settings changed</source>
        <translation>修改机关设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking scheme saved (评比方案)</source>
        <translation>保存评比方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial added (刊物)</source>
        <translation>新增刊物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial changed (刊物)</source>
        <translation>修改刊物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision bulletin drafted (督查通报)</source>
        <translation>起草督查通报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special report drafted (督查专报)</source>
        <translation>起草督查专报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit added</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit restored</source>
        <translation>恢复单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit retired</source>
        <translation>停用单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit edited</source>
        <translation>修改单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account created</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own password changed</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password change refused</source>
        <translation>修改密码未成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset by the administrator</source>
        <translation>管理员重置密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account unlocked</source>
        <translation>解锁账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account edited</source>
        <translation>修改账号</translation>
    </message>
</context>
<context>
    <name>AuditCheck</name>
    <message>
        <location filename="../core/services/AuditCheck.cpp" line="+51"/>
        <source>%1 %2 is in the records but the audit never saw it created: it was added outside the program.</source>
        <translation>%1 %2 存在于数据中，但审计日志中没有它的创建记录：它是在本程序之外添加的。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2: %3 is “%4” in the records but “%5” in the audit: it was changed outside the program.</source>
        <translation>%1 %2：%3 在数据中为“%4”，审计日志中却为“%5”：它是在本程序之外被修改的。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 %2: the level its lists are filtered by (%3) does not match its secrecy “%4”: it was changed outside the program.</source>
        <translation>%1 %2：列表据以筛选的密级序号（%3）与其密级“%4”不符：它是在本程序之外被修改的。</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>No auditor&apos;s key is trusted on this workstation yet: the chain is checked against its own hashes only. Sign a checkpoint as the auditor, or give verify the auditor&apos;s public key.</source>
        <translation>本工作站尚未信任任何审计员密钥：只能按审计链自身的哈希值校验。请以安全审计员身份签署检查点，或向 verify 提供审计员公钥。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The checkpoint of entry %1 that this workstation saw is gone: checkpoints were deleted.</source>
        <translation>本工作站曾见到的第 %1 条记录的检查点已不存在：检查点被删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No checkpoint signed with the trusted auditor&apos;s key yet.</source>
        <translation>尚无以受信任审计员密钥签署的检查点。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newest checkpoint is of entry %1, but this workstation saw one of entry %2: checkpoints were deleted.</source>
        <translation>最新检查点对应第 %1 条记录，但本工作站曾见到第 %2 条记录的检查点：检查点被删除。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entry %1, signed by %2 on %3, is gone: the chain now ends at entry %4. The newest entries were deleted.</source>
        <translation>由 %2 于 %3 签署的第 %1 条记录已不存在：审计链现止于第 %4 条。最新的记录被删除。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entry %1 is not the entry %2 signed on %3: the chain was rewritten up to it and its hashes recomputed.</source>
        <translation>第 %1 条记录已不是 %2 于 %3 签署时的记录：审计链在此之前被改写并重新计算了哈希值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entries 1 to %1 are as %2 signed them on %3.</source>
        <translation>第 1 至 %1 条记录与 %2 于 %3 签署时一致。</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../core/security/AuditLog.cpp" line="+87"/>
        <source>entry %1 follows entry %2: entries %3 to %4 are missing.</source>
        <translation>第%1条记录接在第%2条记录之后：第%3条至第%4条记录缺失。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entry %1 stands where entry %2 belongs: an entry was inserted or renumbered.</source>
        <translation>第%1条记录占据了第%2条记录的位置：有记录被插入或重新编号。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>entry %1 was replaced after it was written: entry %2 does not link to it.</source>
        <translation>第%1条记录在写入后被替换：第%2条记录未与其相链接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %1 does not link to entry %2: entries were reordered, replaced or inserted.</source>
        <translation>第%1条记录未与第%2条记录相链接：记录被调换顺序、替换或插入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>entry %1 was changed after it was written.</source>
        <translation>第%1条记录在写入后被修改。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the record of the chain&apos;s last entry is missing.</source>
        <translation>审计链最后一条记录的登记信息缺失。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry %1 is missing: the chain ends at entry %2 but %3 entries were written.</source>
        <translation>第%1条记录缺失：审计链止于第%2条记录，但共写入了%3条记录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>entry %1 was added behind the program&apos;s back: the chain was recorded as ending at entry %2.</source>
        <translation>第%1条记录是绕过本程序添加的：审计链登记的最后一条记录为第%2条。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entry %1 was replaced after it was written.</source>
        <translation>第%1条记录在写入后被替换。</translation>
    </message>
    <message>
        <location filename="../core/storage/AuditRepository.cpp" line="+41"/>
        <source>The audit chain&apos;s head record is missing.</source>
        <translation>审计链的链头记录缺失。</translation>
    </message>
</context>
<context>
    <name>AuditSigner</name>
    <message>
        <location filename="../core/security/AuditSigner.cpp" line="+30"/>
        <source>The signing key could not be protected.</source>
        <translation>无法保护签名密钥。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not enough memory to protect the signing key.</source>
        <translation>内存不足，无法保护签名密钥。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The stored signing key is damaged.</source>
        <translation>保存的签名密钥已损坏。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not enough memory to open the signing key.</source>
        <translation>内存不足，无法打开签名密钥。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passphrase of the signing key is wrong.</source>
        <translation>签名密钥的口令不正确。</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message numerus="yes">
        <location filename="../core/services/PasswordAttempts.cpp" line="+46"/>
        <source>Too many failed log-ins for this account. Try again in %n second(s), or ask the administrator.</source>
        <translation>
            <numerusform>该账号登录失败次数过多。请在 %n 秒后重试，或联系系统管理员。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../core/storage/Backup.cpp" line="+48"/>
        <source>%1 could not be started; install the PostgreSQL client (package postgresql-client-15).</source>
        <translation>无法启动 %1；请安装 PostgreSQL 客户端（软件包 postgresql-client-15）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed: %2</source>
        <translation>%1 执行失败：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+266"/>
        <location line="+35"/>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>The compressor could not be started.</source>
        <translation>无法启动压缩程序。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup could not be written: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup was stopped; no file was written.</source>
        <translation>备份已中止，未写入任何文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+165"/>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>The decompressor could not be started.</source>
        <translation>无法启动解压程序。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup file is damaged; nothing was restored.</source>
        <translation>备份文件已损坏，未恢复任何内容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup holds more than its manifest says; nothing was restored.</source>
        <translation>备份内容多于其清单所列，未作任何恢复。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <location line="+168"/>
        <location line="+9"/>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>The restore was stopped; nothing was changed.</source>
        <translation>恢复已中止，未作任何更改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup file is cut short; nothing was restored.</source>
        <translation>备份文件不完整，未恢复任何内容。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This is not a Gongwen Desk backup this program can read.</source>
        <translation>这不是本程序可读取的公文工作台备份文件。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 is open, in Gongwen Desk or another program, on this or another workstation. Close it everywhere, then restore; nothing was restored.</source>
        <translation>%1 正被公文工作台或其他程序打开（本工作站或其他工作站）。请在各处关闭后再恢复；未恢复任何内容。</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+19"/>
        <source>The snapshot of the records could not be taken: %1</source>
        <translation>无法生成数据快照：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The records kept changing while they were backed up; try again in a quieter moment.</source>
        <translation>备份期间数据不断变化，请在使用较少时重试。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not a Gongwen Desk backup.</source>
        <translation>%1 不是公文工作台备份文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This backup is of a %1 database; it is restored into one of the same kind.</source>
        <translation>此备份来自 %1 数据库，只能恢复到同类数据库中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This backup was made by a newer Gongwen Desk (schema version %1). Install the newer program to restore it.</source>
        <translation>此备份由较新版本的公文工作台生成（数据结构版本 %1）。请安装新版程序后再恢复。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 exists; restoring over it needs --force.</source>
        <translation>%1 已存在；如需覆盖恢复，请使用 --force。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database %1 holds records; restoring over it needs --force.</source>
        <translation>数据库 %1 中已有数据；如需覆盖恢复，请使用 --force。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The backup does not match its manifest (SHA-256); nothing was restored.</source>
        <translation>备份与其清单（SHA-256）不一致，未恢复任何内容。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup&apos;s records hold %1 archive files where its manifest lists %2; nothing was restored.</source>
        <translation>备份中的数据含有 %1 个档案文件，而其清单列有 %2 个，未作任何恢复。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The archive file %1 in the backup does not match its digest.</source>
        <translation>备份中的档案文件 %1 与其摘要不符。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 cannot be moved aside; nothing was restored.</source>
        <translation>无法将 %1 移开，未作任何恢复。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be written; the records are as they were.</source>
        <translation>无法写入 %1，数据保持原样。</translation>
    </message>
</context>
<context>
    <name>BulletinService</name>
    <message>
        <location filename="../core/services/StatsRecords.h" line="+63"/>
        <source>The serial no longer exists.</source>
        <translation>该刊物已不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The serial 《%1》</source>
        <translation>刊物《%1》</translation>
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
        <translation>起草</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+10"/>
        <location line="+8"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>Secretariat review (核稿)</source>
        <translation>秘书科核稿</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+10"/>
        <location line="+8"/>
        <source>Deputy director&apos;s review</source>
        <translation>分管副主任审核</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+10"/>
        <source>Legal review</source>
        <translation>法制审核</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Director&apos;s review</source>
        <translation>主任复审</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Sign-off by the district leader</source>
        <translation>区政府领导签发</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Drafting by the department</source>
        <translation>部门起草</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check by the office section</source>
        <translation>区府办有关科室审核</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign-off by the office director</source>
        <translation>主任签发</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Approval by the government office director</source>
        <translation>区府办主任审批</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Approval by the party office director (recorded)</source>
        <translation>区委办主任审批（代录）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countersignature by the district leader</source>
        <translation>区政府领导审签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-off by the party committee leader (recorded)</source>
        <translation>区委领导签发（代录）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-off by the party office director (recorded)</source>
        <translation>区委办主任签发（代录）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registration and numbering</source>
        <translation>秘书科登记复核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing</source>
        <translation>付印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First reader</source>
        <translation>第一读者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>核发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed without a document (不予行文)</source>
        <translation>不予行文</translation>
    </message>
    <message>
        <location filename="../core/domain/ChainVariant.cpp" line="+12"/>
        <source>District government document, drafted in the office</source>
        <translation>区政府发文（区府办起草）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District government document, drafted by a department (代拟稿)</source>
        <translation>区政府发文（部门代拟稿）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District government office document</source>
        <translation>区政府办公室发文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joint document of the party committee and the government</source>
        <translation>区委、区政府联合发文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint document of the two offices</source>
        <translation>区委办、区府办联合发文</translation>
    </message>
</context>
<context>
    <name>ChainEngine</name>
    <message>
        <location filename="../core/workflow/ChainEngine.cpp" line="+109"/>
        <source>Nothing more can be done at this step.</source>
        <translation>此环节已无可办理的操作。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is done by: %2.</source>
        <translation>“%1”由以下岗位办理：%2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>While it is being drafted, a draft is worked on by its drafter, members of its drafting unit or their section head only.</source>
        <translation>拟稿阶段的文稿只能由拟稿人、拟稿单位的人员或其科室负责人办理。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No signing leader has been chosen for this draft.</source>
        <translation>此文稿尚未选定签发领导。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This draft waits for the leader chosen to sign it.</source>
        <translation>此文稿须由选定的签发领导办理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upward documents of the district government are signed by the district head (区长) only.</source>
        <translation>区政府上行文只能由区长签发。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The draft is in an unknown state (%1).</source>
        <translation>文稿处于未知状态（%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The draft&apos;s handling has ended: %1.</source>
        <translation>文稿已办理终结：%1。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A draft cannot be returned from “%1”.</source>
        <translation>文稿不能从“%1”环节退回。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only the secretariat review may close a draft as not to be issued (不予行文).</source>
        <translation>只有秘书科核稿环节可以作不予行文处理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown action.</source>
        <translation>未知操作。</translation>
    </message>
</context>
<context>
    <name>Clearance</name>
    <message>
        <location filename="../core/domain/Clearance.cpp" line="+12"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential</source>
        <translation>秘密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>机密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top secret</source>
        <translation>绝密</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/Cli.cpp" line="+33"/>
        <location line="+108"/>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Audit chain BROKEN at entry %1: %2</source>
        <translation>审计链在第%1条记录处断裂：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit chain intact: entries 1 to %1 verified, last hash %2.</source>
        <translation>审计链完整：第 1 至 %1 条记录均已校验，最后哈希值为 %2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The public key file %1 cannot be read.</source>
        <translation>无法读取公钥文件 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds no auditor&apos;s public key.</source>
        <translation>%1 中没有审计员公钥。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checkpoint BROKEN: %1</source>
        <translation>检查点校验失败：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint: %1</source>
        <translation>检查点：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Checkpoint BROKEN: %n checkpoint(s) carry a signature that does not hold.</source>
        <translation>
            <numerusform>检查点校验失败：%n 个检查点的签名不成立。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record CHANGED: %1</source>
        <translation>数据被改动：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records match the audit: every audited row is as last recorded.</source>
        <translation>数据与审计日志一致：每一条受审计的数据都与最后记录相符。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Demo office written to %1. Every account&apos;s password is %2.</source>
        <translation>演示办公室数据已写入 %1。所有账号的密码均为 %2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Say where to write the backup: --to FILE.</source>
        <translation>请指定备份写入位置：--to FILE。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The records are of an earlier version (%1); the backup is not recorded in them.</source>
        <translation>数据为较早版本（%1），本次备份未记入数据中。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup written to %1: %2 bytes of records, %3 archive files, SHA-256 %4.</source>
        <translation>备份已写入 %1：数据 %2 字节，档案文件 %3 个，SHA-256 %4。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Say which backup to restore: --from FILE.</source>
        <translation>请指定要恢复的备份：--from FILE。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backup %1 restored into %2; every archive file matches its digest.</source>
        <translation>备份 %1 已恢复到 %2；所有档案文件均与其摘要值一致。</translation>
    </message>
    <message>
        <location filename="../app/CliSearch.cpp" line="+27"/>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Read the text of %1 of %2 files…</source>
        <translation>已读取 %2 个文件中 %1 个的文字……</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Indexed %1 of %2 records…</source>
        <translation>已索引 %2 条记录中的 %1 条……</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search index built: %1 documents, %2 with text; %3 MB of text, the index %4 MB.</source>
        <translation>搜索索引已建立：共 %1 份文件，其中 %2 份有正文；文字 %3 MB，索引 %4 MB。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say who searches and for what: --user NAME &quot;query&quot;.</source>
        <translation>请指明由谁搜索、搜索什么：--user 用户名 &quot;搜索内容&quot;。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The search index is not built for these records yet: run gongwen reindex first.</source>
        <translation>这些记录的搜索索引尚未建立：请先运行 gongwen reindex。</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n document(s) found.</source>
        <translation>
            <numerusform>共找到 %n 份文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../core/storage/Database.cpp" line="+68"/>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is on a network drive. SQLite files must stay on a local disk, because network drives do not keep its locks and records can be lost. Offices that share records between workstations use a PostgreSQL server: start with --database postgresql://user@host:port/database.</source>
        <translation>%1 位于网络驱动器上。SQLite 文件必须存放在本地磁盘上，因为网络驱动器无法保持其文件锁，可能导致记录丢失。需要在多个工作站之间共享记录的办公室请使用 PostgreSQL 服务器：启动时加上 --database postgresql://user@host:port/database。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could be read by other users of this computer; it is now readable by its owner only.</source>
        <translation>%1 原先可被本机其他用户读取，现已改为仅其所有者可读。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the database file %1: %2</source>
        <translation>无法打开数据库文件 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database server %1 asks for a password: %2</source>
        <translation>数据库服务器 %1 要求输入密码：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot connect to the database server %1: %2</source>
        <translation>无法连接数据库服务器 %1：%2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The database file %1 cannot use write-ahead logging; it may be on a read-only or unsuitable disk.</source>
        <translation>数据库文件 %1 无法使用预写日志，它可能位于只读或不适用的磁盘上。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+20"/>
        <source>Internal error: a transaction is already open.</source>
        <translation>内部错误：已有一个事务处于打开状态。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Internal error: no transaction to commit.</source>
        <translation>内部错误：没有可提交的事务。</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>The database is in use by another workstation or program. Nothing was saved; please try again in a moment.</source>
        <translation>数据库正被其他工作站或程序使用。未保存任何内容，请稍后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk holding the database is full. Nothing was saved; free some space and try again.</source>
        <translation>数据库所在磁盘已满。未保存任何内容，请释放部分空间后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database file is read-only. Nothing was saved.</source>
        <translation>数据库文件为只读。未保存任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk could not be read or written (%1). Nothing was saved.</source>
        <translation>无法读写磁盘（%1）。未保存任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is damaged or is not a Gongwen Desk database (%1).</source>
        <translation>该文件已损坏，或不是公文工作台数据库（%1）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database is busy with another workstation&apos;s change. Nothing was saved; please try again.</source>
        <translation>数据库正在处理其他工作站的修改。未保存任何内容，请重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database server&apos;s disk is full. Nothing was saved.</source>
        <translation>数据库服务器磁盘已满。未保存任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to the database server was lost (%1). Nothing was saved.</source>
        <translation>与数据库服务器的连接已断开（%1）。未保存任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database reported an error: %1</source>
        <translation>数据库报告错误：%1</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <location filename="../core/storage/DatabaseUrl.cpp" line="+16"/>
        <source>No database address was given.</source>
        <translation>未提供数据库地址。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SQLite address names no file: %1</source>
        <translation>该 SQLite 地址未指定文件：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PostgreSQL address is not valid: %1</source>
        <translation>该 PostgreSQL 地址无效：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Do not put the password in the database address: every user of this computer could read it in the process list. Put it in ~/.pgpass (or the file PGPASSFILE names), or leave it out and you will be asked for it.</source>
        <translation>不要把密码写在数据库地址里：本机所有用户都能在进程列表中看到它。请把密码写入 ~/.pgpass（或 PGPASSFILE 指定的文件），或者不写，程序会询问。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PostgreSQL address has an unknown option “%1”; only sslmode is understood.</source>
        <translation>PostgreSQL 地址含有无法识别的选项“%1”；只支持 sslmode。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sslmode “%1” is not one of %2.</source>
        <translation>sslmode“%1”不是 %2 之一。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PostgreSQL address names no database: %1</source>
        <translation>该 PostgreSQL 地址未指定数据库：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown kind of database address: %1. Use sqlite:///path/file.db or postgresql://user@host:port/database.</source>
        <translation>未知的数据库地址类型：%1。请使用 sqlite:///path/file.db 或 postgresql://user@host:port/database。</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <location filename="../core/services/DemoSeeder.cpp" line="+78"/>
        <source>The database is already set up; demo data is only put into an empty database.</source>
        <translation>数据库已完成初始设置；演示数据只能写入空数据库。</translation>
    </message>
    <message>
        <location filename="../core/services/DemoHistory.cpp" line="+294"/>
        <source>The demonstration&apos;s past has no one to act at “%1”.</source>
        <translation>演示数据的往年文件在“%1”环节无人办理。</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <location filename="../core/domain/DocumentKinds.cpp" line="+61"/>
        <source>Upward</source>
        <translation>上行文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel</source>
        <translation>平行文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downward</source>
        <translation>下行文</translation>
    </message>
</context>
<context>
    <name>DocNumber</name>
    <message>
        <location filename="../core/domain/DocNumber.cpp" line="+15"/>
        <source>Enter the document number (文号).</source>
        <translation>请填写文号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A document number has no 第: write 黄政发〔2026〕12号.</source>
        <translation>文号中不加“第”字，应写作：黄政发〔2026〕12号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” does not end with 号.</source>
        <translation>“%1”未以“号”字结尾。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” has no year in brackets: write 黄政发〔2026〕12号.</source>
        <translation>“%1”缺少用六角括号括入的年份，应写作：黄政发〔2026〕12号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a document number of the form 黄政发〔2026〕12号.</source>
        <translation>“%1”不符合文号格式（如：黄政发〔2026〕12号）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The year %1 in the document number is impossible.</source>
        <translation>文号中的年份%1不合理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number in a document number has no leading zeros: %1 → %2.</source>
        <translation>文号中的序号不编虚位：%1 应为 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number %1 in the document number is impossible.</source>
        <translation>文号中的序号%1不合理。</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <location filename="../ui/outgoing/DraftRoutingView.cpp" line="+19"/>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed</source>
        <translation>已签发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned to the drafter</source>
        <translation>已退回拟稿人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed (不予行文)</source>
        <translation>不予行文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registered</source>
        <translation>已登记编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/outgoing/DraftVersionsView.cpp" line="+75"/>
        <source>wording fix</source>
        <translation>文字修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>content change: back to the signer</source>
        <translation>内容修改：退回签发领导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成文日期 set</source>
        <translation>已确定成文日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>genre findings overridden</source>
        <translation>未采纳文种检查意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed (印制)</source>
        <translation>印制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reprinted</source>
        <translation>重印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sent to the first reader</source>
        <translation>印毕，送第一读者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed by the first reader</source>
        <translation>第一读者退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed by the first reader, released (核发)</source>
        <translation>第一读者通过，核发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archived (归档) under the archival code</source>
        <translation>已归档（编定档号）</translation>
    </message>
    <message>
        <location filename="../ui/outgoing/DraftVersionsView.cpp" line="-1"/>
        <source>draft</source>
        <translation>文稿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>content change</source>
        <translation>内容修改</translation>
    </message>
</context>
<context>
    <name>DraftRepository</name>
    <message>
        <location filename="../core/storage/DraftRepository.cpp" line="+131"/>
        <source>The draft “%1”</source>
        <translation>文稿“%1”</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The new draft got no number.</source>
        <translation>新文稿未获得编号。</translation>
    </message>
</context>
<context>
    <name>DraftingService</name>
    <message>
        <location filename="../core/services/DraftRecords.cpp" line="+10"/>
        <source>Your clearance (%1) does not cover the secrecy level %2.</source>
        <translation>您的涉密等级（%1）不能接触密级为“%2”的文件。</translation>
    </message>
    <message>
        <location filename="../core/services/DraftRecords.h" line="+35"/>
        <source>The draft does not exist or is not visible to you.</source>
        <translation>该文稿不存在，或您无权查看。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The draft “%1”</source>
        <translation>文稿“%1”</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <location filename="../ui/widgets/ExportMenu.cpp" line="+26"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export to Excel</source>
        <translation>导出为Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export to CSV</source>
        <translation>导出为CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Excel workbook (.xlsx)…</source>
        <translation>Excel工作簿（.xlsx）(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, &amp;UTF-8…</source>
        <translation>CSV，UTF-8编码(&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV, &amp;GB18030 (older spreadsheet programs)…</source>
        <translation>CSV，GB18030编码（旧版表格软件）(&amp;G)…</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../ui/widgets/FileDialogs.cpp" line="+34"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 file</source>
        <translation>%1 文件</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date modified</source>
        <translation>修改日期</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <location filename="../core/domain/FileKind.cpp" line="+91"/>
        <source>a PDF</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an OFD document</source>
        <translation>OFD 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a word-processor document</source>
        <translation>文字处理文档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a spreadsheet</source>
        <translation>电子表格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plain text</source>
        <translation>纯文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a compressed archive</source>
        <translation>压缩包</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a file of unknown kind</source>
        <translation>未知类型的文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is empty.</source>
        <translation>“%1”是空文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is named as %2, but its content is %3. Choose the right file, or give it the name of what it is.</source>
        <translation>“%1”的文件名表明它是%2，但其内容是%3。请选择正确的文件，或按其实际类型命名。</translation>
    </message>
</context>
<context>
    <name>FirstReaderChecklist</name>
    <message>
        <location filename="../core/domain/Printing.cpp" line="+25"/>
        <source>The printed text matches the signed version (differences read and explained)</source>
        <translation>印制文本与签发稿一致（差异已逐一核对并说明）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>版头: 份号, 密级, 紧急程度, red 标志, 发文字号 and the red line in place</source>
        <translation>版头：份号、密级、紧急程度、红色发文机关标志、发文字号和红色分隔线齐全规范</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title, 主送机关 and headings as written</source>
        <translation>标题、主送机关和层次标题与签发稿一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>署名, 成文日期 and the seal: clear, upright, over the date</source>
        <translation>署名、成文日期和印章：清晰端正，印章压盖成文日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>版记: 抄送, 印发机关 and 印发日期 between the rules</source>
        <translation>版记：抄送机关、印发机关和印发日期位于分隔线之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page numbers complete and in order; attachments follow the text</source>
        <translation>页码齐全、顺序正确；附件位于正文之后</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print quality: no smudges, missing strokes or skewed pages</source>
        <translation>印制质量：无污渍、缺笔断画或页面歪斜</translation>
    </message>
</context>
<context>
    <name>FormatRules</name>
    <message>
        <location filename="../core/workflow/FormatRules.cpp" line="+152"/>
        <source>发文字号: 〔〕, no 第, no leading zeros</source>
        <translation>发文字号：用〔〕，不加“第”字，不编虚位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请示: one 主送机关</source>
        <translation>请示只写一个主送机关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>签发人 on an upward document</source>
        <translation>上行文标注签发人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>抄送 in 党、政、军、群 order</source>
        <translation>抄送机关按党、政、军、群排列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>抄送 ends with 。</source>
        <translation>抄送机关末尾标句号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>成文日期 in full, no leading zeros</source>
        <translation>成文日期标全，不编虚位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>附件说明 matches the attachments</source>
        <translation>附件说明与附件一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrecy level and period (密级★保密期限)</source>
        <translation>密级★保密期限</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+137"/>
        <source>Main recipients (主送机关)</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+10"/>
        <source>Copied to (抄送机关)</source>
        <translation>抄送机关</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+19"/>
        <location line="+6"/>
        <source>Attachment note (附件说明)</source>
        <translation>附件说明</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>Secrecy level and period (密级和保密期限)</source>
        <translation>密级和保密期限</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Title (标题)</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Title punctuation</source>
        <translation>标题标点符号</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>applies to a 请示</source>
        <translation>适用于请示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>applies to an upward document (上行文)</source>
        <translation>适用于上行文</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>applies to genres addressed to someone</source>
        <translation>适用于有主送机关的文种</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>applies to a document with a 发文字号</source>
        <translation>适用于有发文字号的公文</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>applies to a document with 抄送机关</source>
        <translation>适用于有抄送机关的公文</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>applies to a document with attachments</source>
        <translation>适用于有附件的公文</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>applies to a document with a secrecy level</source>
        <translation>适用于标注密级的公文</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>applies to every document</source>
        <translation>适用于所有公文</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>主送机关 where the genre needs one</source>
        <translation>按文种要求标注主送机关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请示: closes with its request (妥否，请批示)</source>
        <translation>请示：结尾明确提出请求（妥否，请批示）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请示: contact person and telephone in the 附注</source>
        <translation>请示：附注注明联系人和电话</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” has 第 before the number.</source>
        <translation>“%1”在序号前加了“第”字。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+5"/>
        <source>Document number (发文字号)</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>“%1” is not in the form prefix〔year〕number号 with the year in full inside 〔〕.</source>
        <translation>“%1”不符合“发文机关代字〔年份〕序号”加“号”字的格式，年份应标全称并用〔〕括入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” has leading zeros in its number.</source>
        <translation>“%1”的序号编了虚位。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A 请示 has %1 主送机关; it goes to one, the others can be copied.</source>
        <translation>请示有%1个主送机关；应只主送一个机关，其余可抄送。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An upward document shows its 签发人, and none is given.</source>
        <translation>上行文应标注签发人，但未填写。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signer (签发人)</source>
        <translation>签发人</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” (%2) comes after “%3” (%4): 抄送 goes 党、政、军、群.</source>
        <translation>“%1”（%2）排在“%3”（%4）之后：抄送机关应按党、政、军、群排列。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” ends with punctuation: the line is separated by ，and ends with a single 。.</source>
        <translation>“%1”末尾带有标点：抄送机关间用逗号隔开，最后只标一个句号。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The 成文日期 is missing.</source>
        <translation>缺少成文日期。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Date of writing (成文日期)</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not written as 2026年1月5日 (Arabic numerals, the year in full, no leading zeros).</source>
        <translation>“%1”未按“2026年1月5日”的格式书写（用阿拉伯数字，年份标全称，月、日不编虚位）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The attachment name “%1” ends with punctuation.</source>
        <translation>附件名称“%1”后带有标点符号。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The 附件说明 in the text (%1) does not match the attachments (%2).</source>
        <translation>正文中的附件说明（%1）与附件（%2）不一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text repeats the 附件说明, which is printed from the attachments: remove it from the text.</source>
        <translation>正文中重复写了附件说明，附件说明将按附件清单自动印制，请从正文中删去。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A 保密期限 (%1) is set on a document with no 密级.</source>
        <translation>文件未标注密级，却设定了保密期限（%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a 保密期限 such as 1年, 6个月 or 长期 (it follows the ★ of the mark).</source>
        <translation>“%1”不是有效的保密期限（应如1年、6个月或长期，标在“★”之后）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The title has “%1”: a title uses no punctuation except 书名号 around the names of laws and rules.</source>
        <translation>标题中有“%1”：标题除法规、规章名称加书名号外，一般不用标点符号。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Body (正文)</source>
        <translation>正文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 请示 does not close with its request (e.g. 妥否，请批示 or 特此请示，请予审批).</source>
        <translation>该请示结尾未明确提出请求（如“妥否，请批示”或“特此请示，请予审批”）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annotation (附注)</source>
        <translation>附注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 请示 names no contact person and telephone in its 附注.</source>
        <translation>该请示未在附注处注明联系人和电话。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A %1 is addressed to someone, and no 主送机关 is given.</source>
        <translation>%1应有主送机关，但未填写。</translation>
    </message>
</context>
<context>
    <name>Genre</name>
    <message>
        <location filename="../core/domain/DocumentKinds.cpp" line="-29"/>
        <source>Resolution (决议)</source>
        <translation>决议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision (决定)</source>
        <translation>决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order (命令)</source>
        <translation>命令（令）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communiqué (公报)</source>
        <translation>公报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announcement (公告)</source>
        <translation>公告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public notice (通告)</source>
        <translation>通告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opinion (意见)</source>
        <translation>意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice (通知)</source>
        <translation>通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulletin (通报)</source>
        <translation>通报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report (报告)</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request for instructions (请示)</source>
        <translation>请示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply (批复)</source>
        <translation>批复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motion (议案)</source>
        <translation>议案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter (函)</source>
        <translation>函</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes (纪要)</source>
        <translation>纪要</translation>
    </message>
</context>
<context>
    <name>GenreRules</name>
    <message>
        <location filename="../core/workflow/GenreRules.cpp" line="+41"/>
        <source>A 请示 goes upward, to a higher authority.</source>
        <translation>请示应为上行文，报送上级机关。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A 请示 has exactly one principal recipient (主送机关); this draft has %1.</source>
        <translation>请示只能有一个主送机关；本文稿有 %1 个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A 请示 asks about one matter only (一文一事).</source>
        <translation>请示应当一文一事。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A 请示 is addressed to an organ, not to a leader personally (“%1”).</source>
        <translation>请示应主送机关，不得主送领导者个人（“%1”）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A 批复 goes downward, to the unit that asked.</source>
        <translation>批复应为下行文，发给请示单位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A 批复 answers a 请示: give the document number of the 请示.</source>
        <translation>批复是对请示的答复：请填写所答复请示的发文字号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A 函 goes between units that are not superior and subordinate: its direction is parallel.</source>
        <translation>函用于不相隶属的单位之间：行文方向应为平行文。</translation>
    </message>
</context>
<context>
    <name>HandlingDialog</name>
    <message>
        <location filename="../ui/incoming/HandlingDialog.cpp" line="+47"/>
        <source>Registered</source>
        <translation>签收登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>转办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>退文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Triage decision reversed</source>
        <translation>撤回初审决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal (拟办)</source>
        <translation>拟办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruction (签批)</source>
        <translation>签批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distributed</source>
        <translation>分送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded</source>
        <translation>转下一位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read</source>
        <translation>阅毕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled</source>
        <translation>办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urged by phone</source>
        <translation>电话催办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urged by notice</source>
        <translation>通知催办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urged in person</source>
        <translation>当面催办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied</source>
        <translation>答复</translation>
    </message>
</context>
<context>
    <name>HotlineScope</name>
    <message>
        <location filename="../core/workflow/MatterFlow.cpp" line="+224"/>
        <source>This is the Party committee&apos;s work: please contact the General Office of the district Party committee (区委办公室).</source>
        <translation>这属于区委工作，请联系区委办公室。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is for the people&apos;s congress: please contact the office of the district people&apos;s congress standing committee (区人大常委会办公室) or your deputy.</source>
        <translation>这属于人大工作，请联系区人大常委会办公室或您的人大代表。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is for the CPPCC: please contact the office of the district CPPCC committee (区政协办公室).</source>
        <translation>这属于政协工作，请联系区政协办公室。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This concerns the army: please contact the district&apos;s people&apos;s armed forces department (区人武部).</source>
        <translation>这涉及军队事务，请联系区人武部。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is for the courts: please contact the district people&apos;s court (区人民法院); a case is decided there, not by the government.</source>
        <translation>这属于法院职责，请联系区人民法院；案件由法院依法裁判，不由政府决定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is for the procuratorate: please contact the district people&apos;s procuratorate (区人民检察院).</source>
        <translation>这属于检察院职责，请联系区人民检察院。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letters and visits are received by the petitions office (区信访局): please write to or visit it; it registers and answers them.</source>
        <translation>信访事项由区信访局受理，请来信或来访；信访局负责登记并答复。</translation>
    </message>
</context>
<context>
    <name>IncomingImport</name>
    <message>
        <location filename="../core/services/IncomingImport.cpp" line="+136"/>
        <source>The file is not UTF-8, and GB18030 cannot be read here.</source>
        <translation>该文件不是UTF-8编码，且本机无法读取GB18030编码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is neither UTF-8 nor GB18030 text.</source>
        <translation>该文件既不是UTF-8也不是GB18030编码的文本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The heading row needs the columns 来文机关 (sender) and 标题 (title).</source>
        <translation>首行须包含“来文机关”和“标题”两列。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>“%1” is not in the unit directory.</source>
        <translation>“%1”不在单位名录中。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The title is empty.</source>
        <translation>标题为空。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not one of the 15 genres.</source>
        <translation>“%1”不属于15种法定文种。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Urgency is 特急, 加急 (急件) or 普通, not “%1”.</source>
        <translation>紧急程度应为特急、加急（急件）或普通，不能是“%1”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Secrecy is 秘密, 机密 or 绝密, not “%1”.</source>
        <translation>密级应为秘密、机密或绝密，不能是“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your clearance does not cover %1.</source>
        <translation>您的涉密等级不能接触%1文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The number of copies “%1” is not a number from 1 to 9999.</source>
        <translation>份数“%1”不是1至9999之间的数字。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a date (2026-03-02 or 2026-03-02 09:30).</source>
        <translation>“%1”不是有效日期（如2026-03-02或2026-03-02 09:30）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 appears twice in the file.</source>
        <translation>%1在文件中出现了两次。</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n row(s) have problems: nothing was imported. Correct the file, or import only the good rows.</source>
        <translation>
            <numerusform>有%n行存在问题，未导入任何数据。请修改文件，或只导入无误的行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>第%1行：%2 未导入任何内容。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import cancelled: nothing was imported.</source>
        <translation>已取消导入，未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>IncomingRepository</name>
    <message>
        <location filename="../core/storage/IncomingRepository.cpp" line="+323"/>
        <source>The incoming document “%1”</source>
        <translation>收文“%1”</translation>
    </message>
</context>
<context>
    <name>IncomingService</name>
    <message>
        <location filename="../core/services/IncomingRecords.h" line="+36"/>
        <source>Your clearance (%1) does not cover the secrecy level %2.</source>
        <translation>您的涉密等级（%1）不能接触密级为“%2”的文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The document does not exist or is not visible to you.</source>
        <translation>该文件不存在，或您无权查看。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The incoming document “%1”</source>
        <translation>收文“%1”</translation>
    </message>
    <message>
        <location filename="../core/workflow/IncomingPolicy.cpp" line="+38"/>
        <source>Choose at least one reader or handler.</source>
        <translation>请至少选择一位阅文或承办人。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a handler can lead (主办).</source>
        <translation>只有承办人可以主办。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>With several handlers, exactly one leads (主办) and the others assist (协办).</source>
        <translation>多个承办人时，须明确一个主办，其余协办。</translation>
    </message>
</context>
<context>
    <name>Issuer</name>
    <message>
        <location filename="../core/domain/DocumentKinds.cpp" line="+4"/>
        <source>District government</source>
        <translation>区政府</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District government office</source>
        <translation>区政府办公室</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District party committee and district government (joint)</source>
        <translation>区委、区政府（联合）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party committee office and government office (joint)</source>
        <translation>区委办、区府办（联合）</translation>
    </message>
</context>
<context>
    <name>LetterRoute</name>
    <message>
        <location filename="../core/domain/CitizenLetter.cpp" line="+10"/>
        <source>Petitions office (信访)</source>
        <translation>信访部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Government hotline (直线电话)</source>
        <translation>直线电话</translation>
    </message>
</context>
<context>
    <name>LetterService</name>
    <message>
        <location filename="../core/services/LetterRecords.h" line="+25"/>
        <source>A recorded letter is not changed.</source>
        <translation>已登记的来信不作修改。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The letter does not exist.</source>
        <translation>该来信不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The letter from %1</source>
        <translation>%1 的来信</translation>
    </message>
</context>
<context>
    <name>Markup</name>
    <message>
        <location filename="../core/domain/Markup.cpp" line="+15"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strike out</source>
        <translation>删除线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insert here</source>
        <translation>插入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>批注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectangle</source>
        <translation>框选</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content and policy (政策)</source>
        <translation>政策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genre and format (文种格式)</source>
        <translation>文种格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wording (文字)</source>
        <translation>文字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not changed</source>
        <translation>未修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>MarkupRepository</name>
    <message>
        <location filename="../core/storage/MarkupRepository.cpp" line="+122"/>
        <source>The markup “%1”</source>
        <translation>批注“%1”</translation>
    </message>
</context>
<context>
    <name>MarkupService</name>
    <message>
        <location filename="../core/services/DraftRecords.h" line="+25"/>
        <source>The markup does not exist or is not visible to you.</source>
        <translation>该批注不存在，或您无权查看。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The markup “%1”</source>
        <translation>批注“%1”</translation>
    </message>
</context>
<context>
    <name>Matter</name>
    <message>
        <location filename="../core/domain/Matter.cpp" line="+12"/>
        <source>Leader&apos;s instruction (领导批示件)</source>
        <translation>领导批示件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting decision (会议议定事项)</source>
        <translation>会议议定事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key project (重点工作)</source>
        <translation>重点工作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestion or proposal (建议提案)</source>
        <translation>建议提案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotline call (直线电话)</source>
        <translation>直线电话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no light</source>
        <translation>无灯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>green: on time</source>
        <translation>绿灯：按期办理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yellow: deadline near</source>
        <translation>黄灯：临近时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>red: overdue</source>
        <translation>红灯：已逾期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Criticism of government work or staff</source>
        <translation>对政府工作或工作人员的批评</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestion on reform, the economy or city management</source>
        <translation>对改革、经济或城市管理的建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question on a department&apos;s duties or procedures</source>
        <translation>咨询部门职责或办事程序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A problem that needs the government</source>
        <translation>需要政府解决的问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint about a breach of administrative law</source>
        <translation>投诉行政违法行为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party committee matter (区委)</source>
        <translation>区委事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People&apos;s congress matter (人大)</source>
        <translation>人大事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPPCC matter (政协)</source>
        <translation>政协事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Army matter (军队)</source>
        <translation>军队事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court matter (法院)</source>
        <translation>法院事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procuratorate matter (检察院)</source>
        <translation>检察院事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter or visit (信访)</source>
        <translation>信访事项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not asked</source>
        <translation>未征询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satisfied (满意)</source>
        <translation>满意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>basically satisfied (基本满意)</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dissatisfied (不满意)</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registered (立项)</source>
        <translation>已立项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress (办理中)</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported done (办结报告)</source>
        <translation>已报办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted (审核通过)</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed (销号)</source>
        <translation>已销号</translation>
    </message>
</context>
<context>
    <name>MatterFlow</name>
    <message>
        <location filename="../core/workflow/MatterFlow.cpp" line="-207"/>
        <source>Assign (交办)</source>
        <translation>交办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advise the caller and close</source>
        <translation>告知来电人并办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split into sub-tasks (分解)</source>
        <translation>分解</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record progress (进展反馈)</source>
        <translation>进展反馈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the report of completion (办结报告)</source>
        <translation>登记办结报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an extension request (延期申请)</source>
        <translation>登记延期申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide the extension request</source>
        <translation>审批延期申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the report (审核)</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (销号)</source>
        <translation>销号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urge (催办)</source>
        <translation>催办</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>A call outside the scope is not transferred: give the caller the advice of where to go.</source>
        <translation>不属于受理范围的来电不转办：请告知来电人应向何处反映。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a call outside the scope is closed with advice; this one is transferred.</source>
        <translation>只有不属于受理范围的来电才告知去向后办结；本来电应予转办。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calls and sub-tasks are not split further.</source>
        <translation>来电和子任务不再分解。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sub-task(s) are still open: the task closes by itself when the last of them closes.</source>
        <translation>
            <numerusform>%n 个子任务尚未办结：最后一个子任务办结后，本任务自动办结。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No extension has been asked for.</source>
        <translation>尚未申请延期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An extension request waits for a decision already.</source>
        <translation>已有延期申请等待审批。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deadline (%1) has passed: an extension is asked for before it. Urge the unit instead.</source>
        <translation>办理时限（%1）已过：延期须在时限届满前申请。请改为催办承办单位。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not possible while the matter is %2.</source>
        <translation>督查事项当前为“%2”，不能执行“%1”。</translation>
    </message>
</context>
<context>
    <name>MatterRepository</name>
    <message>
        <location filename="../core/storage/MatterRepository.cpp" line="+234"/>
        <source>The matter “%1”</source>
        <translation>督查事项“%1”</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../core/storage/Migrations.cpp" line="+435"/>
        <source>This database was written by a newer Gongwen Desk (schema version %1; this program knows versions up to %2). Install the newer program to open it. Nothing was changed.</source>
        <translation>此数据库由更高版本的公文工作台写入（数据库结构版本 %1；本程序最高支持版本 %2）。请安装更高版本的程序后再打开。未作任何更改。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Updating the database to version %1 failed; nothing was changed. %2</source>
        <translation>将数据库升级到版本 %1 失败；未作任何更改。%2</translation>
    </message>
</context>
<context>
    <name>OfficeRepository</name>
    <message>
        <location filename="../core/services/DirectoryRecords.h" line="+104"/>
        <location filename="../core/storage/OfficeRepository.cpp" line="+87"/>
        <source>The office settings</source>
        <translation>办公室设置</translation>
    </message>
</context>
<context>
    <name>OfficeService</name>
    <message>
        <location line="-4"/>
        <source>The office has not been set up.</source>
        <translation>本办公室尚未完成设置。</translation>
    </message>
</context>
<context>
    <name>PdfProbe</name>
    <message>
        <location filename="../core/pdf/PdfProbe.cpp" line="+15"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not a PDF.</source>
        <translation>该文件不是 PDF 文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PDF is damaged and cannot be opened.</source>
        <translation>该 PDF 文件已损坏，无法打开。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PDF is protected by a password.</source>
        <translation>该 PDF 文件受密码保护。</translation>
    </message>
</context>
<context>
    <name>PdfStamp</name>
    <message>
        <location filename="../core/pdf/PdfStamp.cpp" line="+22"/>
        <source>The stamp could not be put on the PDF: %1</source>
        <translation>无法在 PDF 上加盖印章：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it has no pages.</source>
        <translation>该文件没有页面。</translation>
    </message>
</context>
<context>
    <name>PdfWorker</name>
    <message>
        <location filename="../core/pdf/PdfWorker.cpp" line="+90"/>
        <source>The PDF worker received an unknown request.</source>
        <translation>PDF阅读组件收到无法识别的请求。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a PDF.</source>
        <translation>该文件不是PDF文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>The PDF is damaged and cannot be opened.</source>
        <translation>PDF文件已损坏，无法打开。</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The PDF is protected by a password.</source>
        <translation>该PDF文件受密码保护。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password for the PDF is wrong.</source>
        <translation>PDF文件密码错误。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PDF has no pages.</source>
        <translation>该PDF文件没有页面。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF has %1 pages, more than the %2 this program opens.</source>
        <translation>该PDF文件共%1页，超过本程序可打开的%2页上限。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+82"/>
        <location line="+90"/>
        <location filename="../core/pdf/PdfWorkerOps.cpp" line="+26"/>
        <source>No PDF is open.</source>
        <translation>尚未打开PDF文件。</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Page %1 does not exist.</source>
        <translation>第%1页不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page %1 cannot be read.</source>
        <translation>无法读取第%1页。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Page %1 is too large to show at this zoom.</source>
        <translation>第%1页过大，无法按当前缩放比例显示。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page %1 could not be drawn.</source>
        <translation>无法绘制第%1页。</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+4"/>
        <source>The PDF could not be copied.</source>
        <translation>无法复制该PDF文件。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The marked-up copy could not be written.</source>
        <translation>无法写出带批注的副本。</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>The PDF reader could not lock itself down on this computer (%1), so it opens no PDF. Ask the administrator to check the system.</source>
        <translation>PDF 阅读程序无法在本机进入安全隔离（%1），因此不打开任何 PDF。请联系系统管理员检查本机系统。</translation>
    </message>
</context>
<context>
    <name>PdfWorkerClient</name>
    <message>
        <location filename="../core/pdf/PdfWorkerClient.cpp" line="+62"/>
        <source>The PDF reader could not be started.</source>
        <translation>无法启动PDF阅读组件。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The PDF reader sent more than any page needs and was stopped. Nothing was changed.</source>
        <translation>PDF 阅读进程发送的数据超出任何页面所需，已被终止。未做任何更改。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PDF reader stopped on this file: it is probably damaged. Nothing was changed.</source>
        <translation>PDF阅读组件在处理此文件时中止，文件可能已损坏。未作任何更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF reader took too long on this file and was stopped. Nothing was changed.</source>
        <translation>PDF阅读组件处理此文件超时，已被停止。未作任何更改。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PDF reader answered out of turn and was restarted.</source>
        <translation>PDF阅读组件应答错乱，已重新启动。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No PDF is open.</source>
        <translation>尚未打开PDF文件。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Page %1 took too long or stopped the PDF reader, so it is not read again by itself. Choose Try again to read it.</source>
        <translation>第 %1 页读取超时或使 PDF 阅读程序中止，因此不再自动读取。如需再次读取，请选择“重试”。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The PDF reader sent a broken page image.</source>
        <translation>PDF阅读组件返回的页面图像不完整。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reading the document was stopped after %1 of %2 pages.</source>
        <translation>已在读完 %2 页中的 %1 页后停止读取文档。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../core/security/Permissions.cpp" line="+26"/>
        <source>view the unit directory</source>
        <translation>查看单位名录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add a unit to the directory</source>
        <translation>向单位名录新增单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit a unit of the directory</source>
        <translation>修改单位名录中的单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retire or restore a unit</source>
        <translation>撤销或恢复单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view user accounts</source>
        <translation>查看用户账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage user accounts</source>
        <translation>管理用户账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assign posts and clearances</source>
        <translation>分配岗位和涉密等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change the office settings</source>
        <translation>修改办公室设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit the work calendar</source>
        <translation>编辑工作日历</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the audit log</source>
        <translation>查阅审计日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign for and register incoming documents</source>
        <translation>签收和登记收文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>triage incoming documents</source>
        <translation>初审收文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distribute and circulate documents</source>
        <translation>分发和传阅文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>urge overdue items</source>
        <translation>催办逾期事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archive finished items</source>
        <translation>归档办结事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lend archived items</source>
        <translation>借出档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log seal use</source>
        <translation>登记用印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draft an outgoing document</source>
        <translation>起草发文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revise a returned draft</source>
        <translation>修改退回的文稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check a draft for the section</source>
        <translation>对文稿进行科室审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review a draft (核稿)</source>
        <translation>核稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve a draft as deputy director</source>
        <translation>以分管副主任身份审批文稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review a normative document</source>
        <translation>审核规范性文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review a draft as director</source>
        <translation>以办公室主任身份审核文稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign off a document</source>
        <translation>签发文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give an instruction</source>
        <translation>作出批示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print and number copies</source>
        <translation>印制文件并编排份号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pass or fail a printed document as first reader</source>
        <translation>以第一读者身份判定印制文件是否合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>register and track supervised matters (督查)</source>
        <translation>立项并跟踪督查事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>track deputies&apos; suggestions and proposals</source>
        <translation>跟踪人大代表建议和政协委员提案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log hotline calls</source>
        <translation>登记直线电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view statistics</source>
        <translation>查看统计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view review quality (核稿质量)</source>
        <translation>查看核稿质量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the annual ranking (文件评比)</source>
        <translation>查看年度文件评比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set the ranking&apos;s scoring scheme</source>
        <translation>设定文件评比评分方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>compose a quality bulletin (办文质量通报)</source>
        <translation>编写办文质量通报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the register of serial publications (刊物)</source>
        <translation>管理刊物登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see supervised matters (督查)</source>
        <translation>查看督查事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the archive and its catalogue (档案)</source>
        <translation>查看档案及其目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back up the records with every stored file</source>
        <translation>备份数据及全部存储文件</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>You may not %1. This is done by: %2.</source>
        <translation>您无权%1。此操作由以下岗位办理：%2。</translation>
    </message>
</context>
<context>
    <name>PrintRepository</name>
    <message>
        <location filename="../core/storage/PrintRepository.cpp" line="+25"/>
        <source>The print job got no number.</source>
        <translation>印制任务未获得编号。</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>The first reading got no number.</source>
        <translation>第一读者审读记录未获得编号。</translation>
    </message>
</context>
<context>
    <name>PrintedElement</name>
    <message>
        <location filename="../core/domain/OfficialDocument.cpp" line="+174"/>
        <source>Masthead (版头): copy number (份号)</source>
        <translation>版头·份号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masthead (版头): secrecy (密级)</source>
        <translation>版头·密级和保密期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masthead (版头): urgency (紧急程度)</source>
        <translation>版头·紧急程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masthead (版头): issuer&apos;s flag (发文机关标志)</source>
        <translation>版头·发文机关标志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masthead (版头): document number (发文字号)</source>
        <translation>版头·发文字号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Masthead (版头): signed by (签发人)</source>
        <translation>版头·签发人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (标题)</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main recipients (主送机关)</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body (正文): paragraph %1</source>
        <translation>正文第%1段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment note (附件说明): line %1</source>
        <translation>附件说明第%1行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer&apos;s signature (署名)</source>
        <translation>发文机关署名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date (成文日期)</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotation (附注)</source>
        <translation>附注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment %1: its mark (附件)</source>
        <translation>附件%1·附件标识</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachment %1: its title</source>
        <translation>附件%1·标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colophon (版记): copied to (抄送)</source>
        <translation>版记·抄送机关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colophon (版记): printed by (印发机关)</source>
        <translation>版记·印发机关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colophon (版记): print date (印发日期)</source>
        <translation>版记·印发日期</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <location filename="../core/storage/PrivateFiles.cpp" line="+88"/>
        <location line="+24"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 is larger than the %2 MB this program reads at once. Nothing was read.</source>
        <translation>%1 超过本程序一次可读取的 %2 MB，未读取任何内容。</translation>
    </message>
</context>
<context>
    <name>RankingTables</name>
    <message>
        <location filename="../core/services/RankingTables.cpp" line="+28"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents</source>
        <translation>办文件数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy errors</source>
        <translation>政策差错</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genre/format errors</source>
        <translation>文种格式差错</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wording errors</source>
        <translation>文字差错</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returns (倒流)</source>
        <translation>倒流</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First-reader failures</source>
        <translation>第一读者退回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On time / with a limit</source>
        <translation>按时办结/有时限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working</source>
        <translation>计算过程</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not ranked</source>
        <translation>不参评</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no limit</source>
        <translation>无时限</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Annual ranking %1</source>
        <translation>%1年度文件评比</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scoring scheme version %1: %2. %3</source>
        <translation>评分方案第%1版：%2。%3</translation>
    </message>
</context>
<context>
    <name>RatingRepository</name>
    <message>
        <location filename="../core/storage/RatingRepository.cpp" line="+87"/>
        <source>The new scoring scheme got no number.</source>
        <translation>新评分方案未能取得编号。</translation>
    </message>
</context>
<context>
    <name>RatingScheme</name>
    <message>
        <location filename="../core/domain/Rating.cpp" line="+43"/>
        <source>Every weight must be between 0 and %1.</source>
        <translation>各项权重须在 0 至 %1 之间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number of documents that earns the full volume points must be between 1 and 100000.</source>
        <translation>办文数量得满分所需件数须在 1 至 100000 之间。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Score = %1 − %2 × policy errors per document − %3 × genre/format errors per document − %4 × wording errors per document − %5 × returns (倒流) per document − %6 × first-reader failures per document + %7 × on-time rate + %8 × min(documents ÷ %9, 1)</source>
        <translation>得分 = %1 − %2 × 每件政策差错 − %3 × 每件文种格式差错 − %4 × 每件文字差错 − %5 × 每件倒流次数 − %6 × 每件第一读者退回次数 + %7 × 按时办结率 + %8 × 办文件数与%9之比（最高为1）</translation>
    </message>
</context>
<context>
    <name>RatingService</name>
    <message>
        <location filename="../core/services/StatsRecords.h" line="-43"/>
        <source>A stored scoring scheme is never changed: save the change as a new version.</source>
        <translation>已保存的评分方案不能修改：请将修改另存为新版本。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The scoring scheme no longer exists.</source>
        <translation>该评分方案已不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scoring scheme version %1</source>
        <translation>评分方案第%1版</translation>
    </message>
</context>
<context>
    <name>ReadPdfText</name>
    <message>
        <location filename="../ui/widgets/ReadPdfText.cpp" line="+40"/>
        <source>Reading the document&apos;s text took longer than %1 s and was stopped. Fill in the fields by hand.</source>
        <translation>读取文档文字超过 %1 秒，已停止。请手工填写各项。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the document&apos;s text…</source>
        <translation>正在读取文档文字…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RetentionRules</name>
    <message>
        <location filename="../core/domain/ArchiveCode.cpp" line="+57"/>
        <source>The retention rule “%1” is not of the form “本单位 请示 永久”: who issued it (本单位 or 收文), the genre (or 规范性文件, 全部), the retention (永久, 30年 or 10年).</source>
        <translation>保管期限规则“%1”的写法不对，应如“本单位 请示 永久”：先写发文方（本单位或收文），再写文种（或规范性文件、全部），最后写保管期限（永久、30年或10年）。</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../core/domain/Role.cpp" line="+12"/>
        <source>Clerk</source>
        <translation>文书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafter</source>
        <translation>拟稿人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section head</source>
        <translation>科室负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>核稿人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy director</source>
        <translation>分管副主任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal reviewer</source>
        <translation>法制审核人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office director</source>
        <translation>办公室主任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District leader</source>
        <translation>区政府领导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>打印员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First reader</source>
        <translation>第一读者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision office</source>
        <translation>督查室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotline operator</source>
        <translation>直线电话受理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security officer</source>
        <translation>安全保密管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security auditor</source>
        <translation>安全审计员</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>RowConflict</name>
    <message>
        <location filename="../core/storage/RowConflict.cpp" line="+20"/>
        <source>%1 was changed by %2 at %3 while you were editing it. Your changes were not saved and are kept in the form: reload the record, then apply them again.</source>
        <translation>%1已于 %3 被%2修改，当时您正在编辑。您的修改未保存，仍保留在表单中：请重新加载该记录，然后再次进行修改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another user</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 no longer exists.</source>
        <translation>%1已不存在。</translation>
    </message>
</context>
<context>
    <name>SavePdf</name>
    <message>
        <location filename="../ui/widgets/SavePdf.cpp" line="+48"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SearchKind</name>
    <message>
        <location filename="../core/domain/SearchDoc.cpp" line="+10"/>
        <source>Outgoing documents and drafts (发文)</source>
        <translation>发文及文稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming documents (收文)</source>
        <translation>收文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived items (档案)</source>
        <translation>档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision matters (督查)</source>
        <translation>督查事项</translation>
    </message>
</context>
<context>
    <name>SerialRepository</name>
    <message>
        <location filename="../core/storage/SerialRepository.cpp" line="+91"/>
        <source>The new serial got no number.</source>
        <translation>新刊物未能取得编号。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The serial was changed at another workstation meanwhile. Reload it.</source>
        <translation>该刊物已在其他工作站被修改，请重新载入。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The issue was numbered at another workstation meanwhile.</source>
        <translation>该期已在其他工作站编号。</translation>
    </message>
</context>
<context>
    <name>ServiceContext</name>
    <message>
        <location filename="../core/services/ServiceContext.cpp" line="+20"/>
        <source>Log in first; nothing was changed.</source>
        <translation>请先登录；未作任何更改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This account has been disabled. Log out; nothing was changed.</source>
        <translation>此账号已被停用，请退出登录；未作任何更改。</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../core/domain/Statistics.cpp" line="+149"/>
        <source>Drafting unit</source>
        <translation>拟稿单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafter</source>
        <translation>拟稿人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewer</source>
        <translation>核稿人</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Documents handled</source>
        <translation>办文件数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Errors found in review</source>
        <translation>核稿发现差错</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returns (倒流)</source>
        <translation>文件倒流</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First-reader failures</source>
        <translation>第一读者退回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format findings at submission</source>
        <translation>提交时格式提示</translation>
    </message>
</context>
<context>
    <name>StatsCharts</name>
    <message>
        <location filename="../ui/stats/StatsCharts.cpp" line="+61"/>
        <source>Defects by kind and %1</source>
        <translation>各%1差错情况</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Month by month</source>
        <translation>月度趋势</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Errors found and slipped past, by reviewer</source>
        <translation>各核稿人发现与漏过的差错</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Found: %1</source>
        <translation>发现：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Slipped past</source>
        <translation>漏过</translation>
    </message>
</context>
<context>
    <name>StatsPeriod</name>
    <message>
        <location filename="../core/domain/Statistics.cpp" line="-97"/>
        <source>Year %1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1-%2</source>
        <comment>year and month</comment>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Q%2 %1</source>
        <comment>quarter of a year</comment>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
</context>
<context>
    <name>StatsTables</name>
    <message>
        <location filename="../core/services/StatsTables.cpp" line="+32"/>
        <source>Documents handled</source>
        <translation>办文件数</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+82"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 errors</source>
        <translation>%1差错</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Errors found in review</source>
        <translation>核稿差错合计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned at %1</source>
        <translation>%1倒流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns (倒流)</source>
        <translation>倒流合计</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First reader: %1</source>
        <translation>第一读者退回（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First-reader failures</source>
        <translation>第一读者退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format findings at submission</source>
        <translation>提交时格式提示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defects per document</source>
        <translation>每件差错</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Quality ledger %1</source>
        <translation>差错台账 %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reviewer</source>
        <translation>核稿人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents reviewed</source>
        <translation>核稿件数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Errors found</source>
        <translation>发现差错</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slipped: errors found later</source>
        <translation>漏过：后续环节发现</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slipped: returns from a later step</source>
        <translation>漏过：后续环节退回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slipped: first-reader failures</source>
        <translation>漏过：第一读者退回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slipped past, total</source>
        <translation>漏过合计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median hours at the step</source>
        <translation>在本环节用时中位数（小时）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>90th percentile hours</source>
        <translation>90%用时（小时）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On time (%)</source>
        <translation>按时率(%)</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Review quality %1</source>
        <translation>核稿质量 %1</translation>
    </message>
</context>
<context>
    <name>SupervisionService</name>
    <message>
        <location filename="../core/services/MatterRecords.h" line="+34"/>
        <source>Your clearance (%1) does not cover the secrecy level %2.</source>
        <translation>您的涉密等级（%1）不足以查看密级为%2的事项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You may not register a matter of this kind (%1).</source>
        <translation>您无权立项此类事项（%1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The matter does not exist or is not visible to you.</source>
        <translation>该事项不存在或您无权查看。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The matter “%1”</source>
        <translation>督查事项“%1”</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <location filename="../core/storage/TableExport.cpp" line="+99"/>
        <source>This computer cannot write the GB18030 encoding. Save the file as UTF-8 instead.</source>
        <translation>本机无法写出GB18030编码，请改存为UTF-8。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some characters cannot be written in GB18030.</source>
        <translation>有些字符无法用GB18030编码写出。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No temporary folder could be made for the workbook: %1</source>
        <translation>无法为工作簿创建临时文件夹：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>The workbook could not be made.</source>
        <translation>无法生成工作簿。</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+3"/>
        <source>The workbook could not be made: %1</source>
        <translation>无法生成工作簿：%1</translation>
    </message>
</context>
<context>
    <name>TablePrint</name>
    <message>
        <location filename="../ui/widgets/TablePrint.cpp" line="+63"/>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
</context>
<context>
    <name>TextPrompt</name>
    <message>
        <location filename="../ui/widgets/TextPrompt.cpp" line="+39"/>
        <source>Ctrl+Enter to confirm, Esc to cancel.</source>
        <translation>Ctrl+Enter 确定，Esc 取消。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TriageRules</name>
    <message>
        <location filename="../core/workflow/TriageRules.cpp" line="+154"/>
        <source>Accept (受理)</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer (转办)</source>
        <translation>转办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return (退文)</source>
        <translation>退文</translation>
    </message>
</context>
<context>
    <name>UnitRepository</name>
    <message>
        <location filename="../core/storage/UnitRepository.cpp" line="+37"/>
        <source>The unit “%1”</source>
        <translation>单位“%1”</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The new unit got no number.</source>
        <translation>新单位未获得编号。</translation>
    </message>
</context>
<context>
    <name>UnitService</name>
    <message>
        <location filename="../core/services/DirectoryRecords.h" line="-69"/>
        <source>The unit no longer exists.</source>
        <translation>该单位已不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The unit “%1”</source>
        <translation>单位“%1”</translation>
    </message>
</context>
<context>
    <name>UnitType</name>
    <message>
        <location filename="../core/domain/Unit.cpp" line="+12"/>
        <source>Organ</source>
        <translation>机关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town / sub-district</source>
        <translation>镇街</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village / residents&apos; committee</source>
        <translation>村居委</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise / institution</source>
        <translation>企事业单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section of the office</source>
        <translation>区府办科室</translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message>
        <location filename="../core/domain/DocumentKinds.cpp" line="+10"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent (加急)</source>
        <translation>加急</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very urgent (特急)</source>
        <translation>特急</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <location filename="../core/services/DirectoryRecords.h" line="+38"/>
        <location filename="../core/storage/UserRepository.cpp" line="+34"/>
        <source>The account “%1”</source>
        <translation>账号“%1”</translation>
    </message>
    <message>
        <location filename="../core/storage/UserRepository.cpp" line="+104"/>
        <source>The new account got no number.</source>
        <translation>新账号未获得编号。</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <location filename="../core/security/AccountRules.cpp" line="+15"/>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password must not begin or end with a space.</source>
        <translation>密码不能以空格开头或结尾。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The user name must have 2 to 32 characters: small letters, digits, dot, dash or underscore, starting with a letter or digit.</source>
        <translation>用户名须为 2 至 32 个字符，只能包含小写字母、数字、点、连字符或下划线，且须以字母或数字开头。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>One account cannot be both %1 and %2: the system administrator, the security officer and the security auditor must be three different people (三员分立).</source>
        <translation>同一账户不能既是%1又是%2：系统管理员、安全保密管理员和安全审计员必须由三个不同的人担任（三员分立）。</translation>
    </message>
    <message>
        <location filename="../core/services/DirectoryRecords.h" line="-5"/>
        <source>The account no longer exists.</source>
        <translation>该账号已不存在。</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <location filename="../core/workflow/WorkCalendar.cpp" line="+34"/>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qingming Festival</source>
        <translation>清明节</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <location filename="../ui/app/Workstation.cpp" line="+28"/>
        <source>Gongwen Desk cannot start</source>
        <translation>公文工作台无法启动</translation>
    </message>
</context>
<context>
    <name>gw::ArchiveConfirmDialog</name>
    <message>
        <location filename="../ui/archive/ArchiveDialogs.cpp" line="+44"/>
        <source>Archive (归档)</source>
        <translation>归档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each document becomes one archived item (件) with the next item number of its year and retention. Confirm the retention the office&apos;s rules propose, or choose another.</source>
        <translation>每份文件将成为一件归档文件，并按其年度和保管期限顺序编排件号。请确认本机关规则建议的保管期限，或另行选择。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doc. number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposed</source>
        <translation>建议期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention (保管期限)</source>
        <translation>保管期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Forwards (被转发文)</source>
        <translation>被转发文</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>&amp;Archive %n item(s)</source>
        <translation>
            <numerusform>归档 %n 件(&amp;A)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::ArchiveItemDialog</name>
    <message>
        <location line="+35"/>
        <source>Archived item %1</source>
        <translation>归档文件 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Title (题名):</source>
        <translation>题名：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible (责任者):</source>
        <translation>责任者：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doc. number (文号):</source>
        <translation>文号：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date (日期):</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrecy (密级):</source>
        <translation>密级：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention (保管期限):</source>
        <translation>保管期限：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (the rules proposed %2)</source>
        <translation>%1（规则建议为%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pages (页数):</source>
        <translation>页数：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived:</source>
        <translation>归档：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remark (备注):</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256 / SM3</source>
        <translation>SHA-256 / SM3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Remark…</source>
        <translation>备注(&amp;R)…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>“%1” is not a PDF and can only be taken as a copy, which a loan for reading on screen does not allow. Ask the archive&apos;s keeper to show it to you.</source>
        <translation>“%1”不是 PDF，只能取出副本，而电子借阅（仅供屏幕阅读）不允许取出副本。请档案管理人员为您调阅。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the file</source>
        <translation>保存文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remark (备注)</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The remark printed in the catalogue:</source>
        <translation>打印在归档文件目录中的备注：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The remark is saved.</source>
        <translation>备注已保存。</translation>
    </message>
</context>
<context>
    <name>gw::ArchivePage</name>
    <message>
        <location filename="../ui/archive/ArchivePage.cpp" line="+46"/>
        <source>Archive (档案)</source>
        <translation>档案</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+100"/>
        <source>&amp;Waiting (待归档)</source>
        <translation>待归档(&amp;W)</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Cata&amp;logue (归档文件目录)</source>
        <translation>归档文件目录(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chec&amp;ks (四性检测)</source>
        <translation>四性检测(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loa&amp;ns (借阅登记)</source>
        <translation>借阅登记(&amp;N)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your loans of archived items: an item lent to you on screen opens here until its due date.</source>
        <translation>您借阅的档案：以屏幕阅览方式借给您的档案，在应还日期前可在此打开。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last backup: %1.</source>
        <translation>上次备份：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No backup has been made yet.</source>
        <translation>尚未进行过备份。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Last check (四性检测): %1 by %2, %n item(s), %3 finding(s).</source>
        <translation>
            <numerusform>上次四性检测：%1，由%2执行，共 %n 件，发现问题 %3 个。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The archive has not been checked yet.</source>
        <translation>档案尚未进行过四性检测。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Documents released by the first reader and incoming items done with. Select them and archive: each becomes an archived item (件) with its archival code (档号) and stamp (归档章).</source>
        <translation>经第一读者校核后核发的发文和已办结的收文。选中后归档：每份文件成为一件归档文件，编制档号并加盖归档章。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Archive selected…</source>
        <translation>归档所选(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;elect all</source>
        <translation>全选(&amp;E)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waiting to be archived</source>
        <translation>待归档文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doc. number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/archive/ArchivePageTabs.cpp" line="+162"/>
        <source>Title</source>
        <translation>题名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secrecy</source>
        <translation>密级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposed retention</source>
        <translation>建议保管期限</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Waiting (待归档) (%1)</source>
        <translation>待归档（%1）(&amp;W)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the documents to archive first.</source>
        <translation>请先选择要归档的文件。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Archiving…</source>
        <translation>正在归档…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/archive/ArchivePageTabs.cpp" line="-102"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Archiving “%1”…</source>
        <translation>正在归档“%1”…</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n item(s) archived. To look at:</source>
        <translation>
            <numerusform>已归档 %n 件。请查看：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item(s) archived.</source>
        <translation>
            <numerusform>已归档 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retention:</source>
        <translation>保管期限(&amp;R)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print preview…</source>
        <translation>打印预览(&amp;P)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sa&amp;ve as PDF…</source>
        <translation>另存为PDF(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the catalogue as PDF</source>
        <translation>将归档文件目录另存为PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Box notes (备考表)…</source>
        <translation>备考表(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+107"/>
        <source>Box notes (备考表)</source>
        <translation>备考表</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Items to a box:</source>
        <translation>每盒件数：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Len&amp;d…</source>
        <translation>借阅登记(&amp;D)…</translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../ui/archive/ArchivePageTabs.cpp" line="+117"/>
        <source>Choose an item in the catalogue first.</source>
        <translation>请先在归档文件目录中选择一件档案。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The catalogue shown holds no items.</source>
        <translation>当前归档文件目录中没有档案。</translation>
    </message>
    <message>
        <location filename="../ui/archive/ArchivePageTabs.cpp" line="-145"/>
        <source>The four properties of DA/T 70 checked over every archived item: authenticity (the files match their SHA-256 and SM3, the record agrees with the document), integrity (components, metadata, item numbers, audit trail), usability (each file opens and renders, fonts embedded, no encryption, an archival format) and safety (stored copies readable, a recent backup).</source>
        <translation>按 DA/T 70 对每件归档文件进行四性检测：真实性（文件与其 SHA-256 和 SM3 值一致，著录信息与文件相符）、完整性（组件、元数据、件号、审计记录）、可用性（每个文件均可打开并正常显示，字体已嵌入，未加密，采用归档格式）和安全性（存储副本可读，近期已备份）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Run the checks</source>
        <translation>开始检测(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the archive (四性检测)…</source>
        <translation>正在进行四性检测…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Archive check report (四性检测报告)</source>
        <translation>四性检测报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Archival code (档号)</source>
        <translation>档号</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the archive)</source>
        <translation>（整个档案库）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, by %2: %n item(s) checked.</source>
        <translation>
            <numerusform>%1，%2检测：共检测 %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n item(s) checked, every rule holds.</source>
        <translation>
            <numerusform>%1：共检测 %n 件，全部规则均符合。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n item(s) checked, %2 finding(s) — each names the item and the rule.</source>
        <translation>
            <numerusform>%1：共检测 %n 件，发现问题 %2 个，每个问题均注明所涉档案和规则。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The run was stopped before the end.</source>
        <translation>检测未完成即被中止。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open loans</source>
        <translation>未归还</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All loans</source>
        <translation>全部借阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lis&amp;t:</source>
        <translation>列表(&amp;T)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A&amp;pprove</source>
        <translation>批准(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refu&amp;se…</source>
        <translation>不予批准(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retu&amp;rned</source>
        <translation>已归还(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read on scr&amp;een…</source>
        <translation>屏幕阅览(&amp;E)…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Loans of archived items (借阅登记)</source>
        <translation>借阅登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borrower</source>
        <translation>借阅人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The loan of %1 to %2 is recorded and waits for approval.</source>
        <translation>%2借阅%1已登记，等待审批。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>Choose a loan first.</source>
        <translation>请先选择一条借阅记录。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Refuse the loan</source>
        <translation>不予批准借阅</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is the loan refused?</source>
        <translation>不予批准的理由：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The loan of %1 is approved.</source>
        <translation>%1的借阅已批准。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loan of %1 is refused.</source>
        <translation>%1的借阅未获批准。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is back.</source>
        <translation>%1已归还。</translation>
    </message>
</context>
<context>
    <name>gw::ArchiveService</name>
    <message>
        <location filename="../core/services/ArchiveLending.cpp" line="+42"/>
        <source>Choose the person who borrows the item.</source>
        <translation>请选择借阅人。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1&apos;s clearance (%2) does not cover the item&apos;s secrecy level %3; it cannot be lent to them.</source>
        <translation>%1 的涉密等级（%2）不能查阅密级为“%3”的档案，不能借给此人。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say what the item is borrowed for (at most 200 characters).</source>
        <translation>请填写借阅目的（不超过 200 字）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The due date is from today to 90 days ahead (%1 at the latest).</source>
        <translation>归还日期须在今天至 90 天之内（最迟 %1）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The paper item is already asked for or lent (to %1).</source>
        <translation>该纸质档案已有借阅申请或已借出（借阅人：%1）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Lending is approved by the %1; you do not hold that post.</source>
        <translation>借阅须由%1审批，您未担任该职务。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The loan was decided already (%1).</source>
        <translation>该借阅申请已审批（%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A loan to yourself is approved by someone else.</source>
        <translation>借给本人的借阅须由他人审批。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 may no longer borrow this item (account or clearance changed).</source>
        <translation>%1 已不能借阅此档案（账号或涉密等级已变更）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the reason for refusing the loan.</source>
        <translation>请填写拒绝借阅的理由。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only an item that is out can be returned.</source>
        <translation>只有已借出的档案才能归还。</translation>
    </message>
    <message>
        <location filename="../core/services/ArchiveService.cpp" line="+36"/>
        <source>The document does not exist.</source>
        <translation>该文件不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is no longer waiting to be archived.</source>
        <translation>“%1”已不在待归档状态。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>This document has been archived already as %1.</source>
        <translation>该文件已归档，档号为 %1。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The item numbers of %1 for this retention are used up (9999).</source>
        <translation>%1 在该保管期限下的件号已用尽（9999）。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Archived files are read by the archive&apos;s keepers, or by a borrower whose electronic loan is approved and not past its due date.</source>
        <translation>只有档案管理人员，或电子借阅已获批准且未超过归还日期的借阅人，才能查阅档案文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The archived item has no component %1.</source>
        <translation>该档案没有组件 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stored file “%1” of %2 does not match its digests; it was changed or lost. Run the archive check (四性检测) and restore it from a backup.</source>
        <translation>%2 的存储文件“%1”与其摘要值不一致，可能已被改动或丢失。请进行四性检测，并从备份中恢复。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A remark is at most 200 characters.</source>
        <translation>备注不得超过 200 字。</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>A backup copies every record, up to %1; your clearance (%2) does not cover them.</source>
        <translation>备份会复制全部数据（最高密级为%1），您的涉密等级（%2）不足以覆盖。</translation>
    </message>
    <message>
        <location filename="../core/services/ArchiveTables.cpp" line="+13"/>
        <source>Catalogue of archived items %1, %2 (归档文件目录)</source>
        <translation>%1年度%2归档文件目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item no. (件号)</source>
        <translation>件号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archival code (档号)</source>
        <translation>档号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible (责任者)</source>
        <translation>责任者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Doc. number (文号)</source>
        <translation>文号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (题名)</source>
        <translation>题名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date (日期)</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pages (页数)</source>
        <translation>页数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Secrecy (密级)</source>
        <translation>密级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remark (备注)</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n item(s), %1 page(s) in all; the items the reader may see.</source>
        <translation>
            <numerusform>共 %n 件，%1 页；仅列阅读者有权查看的文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::AttachmentList</name>
    <message>
        <location filename="../ui/incoming/AttachmentList.cpp" line="+33"/>
        <source>%1 (%2) — Enter to open</source>
        <translation>%1（%2）— 回车打开</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No attachments</source>
        <translation>无附件</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Save the attachment</source>
        <translation>保存附件</translation>
    </message>
</context>
<context>
    <name>gw::AuditLogPage</name>
    <message>
        <location filename="../ui/admin/AuditLogPage.cpp" line="+56"/>
        <source>(withheld: the object is above your clearance)</source>
        <translation>（不予显示：该对象超出您的涉密等级）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The program</source>
        <translation>本程序</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Any object</source>
        <translation>任何对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming item</source>
        <translation>收文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>发文稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markup</source>
        <translation>批注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>本机关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Letter from a person</source>
        <translation>个人来信来电</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Action, in words or by key, e.g. %1, user. or draft.pass</source>
        <translation>操作：可输入文字或代码，如“%1”、user. 或 draft.pass</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+39"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Check the Log</source>
        <translation>校验日志(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign a Check&amp;point…</source>
        <translation>签署检查点(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Public &amp;Key…</source>
        <translation>导出公钥(&amp;K)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The newest %1 entries are shown; narrow the search to see older ones.</source>
        <translation>仅显示最新的 %1 条记录；缩小查询范围可查看更早的记录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Entry %1, %2, by %3: %4 on %5 %6</source>
        <translation>第 %1 条，%2，%3：对 %5 %6 执行 %4</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Audit chain: entries 1 to %1 link up and their hashes hold.</source>
        <translation>审计链：第 1 至 %1 条记录前后衔接，哈希值均正确。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit chain BROKEN at entry %1: %2</source>
        <translation>审计链在第 %1 条处断裂：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoint: %1</source>
        <translation>检查点：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n checkpoint(s) carry a signature that does not hold.</source>
        <translation>
            <numerusform>%n 个检查点的签名不成立。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records: every audited row is as the audit last recorded it.</source>
        <translation>数据：每一条受审计的数据都与审计日志最后的记录一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record changed outside the program: %1</source>
        <translation>数据在本程序之外被改动：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check found problems; they are listed below.</source>
        <translation>校验发现问题，详见下方。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <source>New signing key</source>
        <translation>新建签名密钥</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>You have no signing key on this workstation yet. Choose a passphrase that protects it (at least 8 characters); nobody else should know it:</source>
        <translation>您在本工作站上还没有签名密钥。请设置保护它的口令（至少 8 个字符），不要让他人知道：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase must have at least 8 characters. No key was made.</source>
        <translation>口令至少需要 8 个字符。未生成密钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat the passphrase:</source>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two passphrases differ. No key was made.</source>
        <translation>两次输入的口令不一致。未生成密钥。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign a checkpoint</source>
        <translation>签署检查点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase of your signing key:</source>
        <translation>签名密钥的口令：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checkpoint signed: entries 1 to %1 are vouched for.</source>
        <translation>检查点已签署：第 1 至 %1 条记录已得到担保。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The newest checkpoint of the audit log was signed on %1, more than a day ago. Sign one now?</source>
        <translation>审计日志最新的检查点签署于 %1，已超过一天。现在签署一个吗？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log has no signed checkpoint yet. Sign one now?</source>
        <translation>审计日志尚无已签署的检查点。现在签署一个吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit checkpoint</source>
        <translation>审计检查点</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export audit entries</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 entries exported to %2.</source>
        <translation>已将 %1 条记录导出到 %2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No auditor&apos;s key is trusted on this workstation yet: sign a checkpoint first.</source>
        <translation>本工作站尚未信任任何审计员密钥：请先签署一个检查点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the auditor&apos;s public key</source>
        <translation>导出审计员公钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key files (*.pub)</source>
        <translation>密钥文件 (*.pub)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Public key written to %1. Give it to gongwen verify --public-key.</source>
        <translation>公钥已写入 %1。可将其提供给 gongwen verify --public-key。</translation>
    </message>
</context>
<context>
    <name>gw::AuditService</name>
    <message>
        <location filename="../core/services/AuditService.cpp" line="+107"/>
        <source>The checkpoint could not be signed with this key.</source>
        <translation>无法用此密钥签署检查点。</translation>
    </message>
</context>
<context>
    <name>gw::AuthService</name>
    <message>
        <location filename="../core/services/AuthService.cpp" line="+18"/>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
</context>
<context>
    <name>gw::BackupSettingsPage</name>
    <message>
        <location filename="../ui/archive/BackupSettingsPage.cpp" line="+41"/>
        <source>The records are on the server %1. It is backed up where it runs, with “gongwen backup --database %1 --to FILE” (pg_dump with every stored file and a manifest of hashes), and put back with “gongwen restore”.</source>
        <translation>数据保存在服务器 %1 上，由服务器所在处备份：执行“gongwen backup --database %1 --to FILE”（使用 pg_dump，包含全部存储文件和哈希清单），用“gongwen restore”恢复。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This workstation holds the records in %1. It backs them up by itself into the folder below, keeping the newest ten backups: each a compressed snapshot of the records and every stored file, with a manifest of hashes. Keep the folder on another disk.</source>
        <translation>本工作站的数据保存在 %1。工作站按下列设置自动备份到下面的文件夹，保留最近十份备份；每份备份都是数据和全部存储文件的压缩快照，附哈希清单。请将备份文件夹设在另一块磁盘上。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No automatic backup</source>
        <translation>不自动备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back &amp;up:</source>
        <translation>自动备份(&amp;U)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newest backup:</source>
        <translation>最近一次备份：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up &amp;now</source>
        <translation>立即备份(&amp;N)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The administrator or the clerk sets this workstation&apos;s backups.</source>
        <translation>本工作站的备份由系统管理员或文书设置。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none in this folder</source>
        <translation>该文件夹中尚无备份</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the folder for the backups.</source>
        <translation>请选择备份文件夹。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved: this workstation backs up %1 into %2.</source>
        <translation>已保存：本工作站%1备份到 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved: no automatic backup.</source>
        <translation>已保存：不自动备份。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backing up the records…</source>
        <translation>正在备份数据……</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backup written: %1 (%2).</source>
        <translation>已写入备份：%1（%2）。</translation>
    </message>
</context>
<context>
    <name>gw::BulletinService</name>
    <message>
        <location filename="../core/services/BulletinService.cpp" line="+127"/>
        <source>Enter the serial&apos;s name.</source>
        <translation>请填写刊物名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name and the issuer may be at most %1 characters long.</source>
        <translation>名称和编印单位最多 %1 个字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter who issues the serial (编印单位).</source>
        <translation>请填写编印单位。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The register already has a serial named 《%1》.</source>
        <translation>刊物登记中已有《%1》。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Issues of 《%1》 are numbered already: its name and how its issues are numbered can no longer change (start a new serial instead).</source>
        <translation>《%1》已有编号的期次，名称和编号方式不能再改（如需更改，请新建刊物）。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The annual ranking goes with a bulletin on a whole year only: choose the year as the period, or leave the ranking out.</source>
        <translation>年度文件评比只能附在全年的通报中：请选择整年作为期间，或不附评比。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No document was handled in %1: there is nothing to report.</source>
        <translation>%1没有办理文稿，无可通报。</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The bulletin is drafted in your name and submitted by you: %1</source>
        <translation>通报以您的名义起草并由您提交：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a serial of the register that is in use.</source>
        <translation>请选择刊物登记中在用的刊物。</translation>
    </message>
</context>
<context>
    <name>gw::CalendarPage</name>
    <message>
        <location filename="../ui/admin/CalendarPage.cpp" line="+30"/>
        <source>Weekdays are working days and weekends are not, except the days listed here. The statutory holidays are filled in; add the bridge days and swapped working days (调休) as they are announced. Review time limits count working days.</source>
        <translation>周一至周五为工作日，周六、周日为休息日，此处列出的日期除外。法定节假日已预先填入；调休的放假日和上班日请在公布后补充。各审核环节的办理时限按工作日计算。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Working day (调休上班)</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name, e.g. 国庆节 or 国庆调休</source>
        <translation>名称，例如：国庆节或国庆调休</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save day</source>
        <translation>保存日期(&amp;S)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
</context>
<context>
    <name>gw::CalendarService</name>
    <message>
        <location filename="../core/services/CalendarService.cpp" line="+41"/>
        <source>Choose a valid date.</source>
        <translation>请选择有效的日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name of the day is longer than 40 characters.</source>
        <translation>日期名称超过 40 个字符。</translation>
    </message>
</context>
<context>
    <name>gw::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/app/ChangePasswordDialog.cpp" line="+24"/>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, your password was set by the administrator. Choose your own before you go on: at least %2 characters, known only to you.</source>
        <translation>%1，您的密码是系统管理员设置的。继续之前请设置您自己的密码：至少 %2 个字符，只有您本人知道。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new password for %1: at least %2 characters.</source>
        <translation>为 %1 设置新密码：至少 %2 个字符。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the new password:</source>
        <translation>再次输入新密码(&amp;R)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save the New Password</source>
        <translation>保存新密码(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Log Out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the new password repeated</source>
        <translation>再次输入的新密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please fill in %1.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The two new passwords differ. Type the new password twice the same.</source>
        <translation>两次输入的新密码不一致，请输入相同的新密码。</translation>
    </message>
</context>
<context>
    <name>gw::ComposeBulletinDialog</name>
    <message>
        <location filename="../ui/stats/BulletinDialogs.cpp" line="+175"/>
        <source>Compose a bulletin</source>
        <translation>编写通报</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Serial:</source>
        <translation>刊物(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (the period chosen at the top of the page)</source>
        <translation>%1（页面上方所选期间）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Drafting &amp;unit:</source>
        <translation>拟稿单位(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Anonymised: the comments without unit or reviewer</source>
        <translation>匿名(&amp;A)：引用意见不注单位和核稿人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;ttributed: each comment with its unit and reviewer</source>
        <translation>署名(&amp;T)：引用意见注明单位和核稿人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quoted comments:</source>
        <translation>引用核稿意见：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the annual &amp;ranking of %1</source>
        <translation>附%1年度文件评比排名(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a whole year as the period to include the ranking.</source>
        <translation>选择整年作为期间，才能附年度文件评比。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text as it will be drafted (edit it in the draft afterwards):</source>
        <translation>将起草的文稿（起草后可在文稿中修改）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Draft it</source>
        <translation>起草(&amp;D)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>“%1” is drafted as an issue of %2. It waits at drafting in Outgoing (发文): check it there and submit it. Its issue number is given at registration.</source>
        <translation>“%1”已作为%2的一期起草，现在发文的拟稿环节，请检查后提交。期号在登记时编定。</translation>
    </message>
</context>
<context>
    <name>gw::ComposeReportDialog</name>
    <message>
        <location filename="../ui/supervision/SupervisionReportsUi.cpp" line="+163"/>
        <source>Compose a special report (督查专报)</source>
        <translation>起草督查专报</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compose the monthly bulletin (督查通报)</source>
        <translation>起草督查通报</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Drafting &amp;unit:</source>
        <translation>拟稿单位(&amp;U)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text as it will be drafted (edit it in the draft afterwards):</source>
        <translation>将起草的文稿（起草后可在文稿中修改）：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Draft it</source>
        <translation>起草(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>“%1” is drafted. It waits at drafting in Outgoing (发文): check it there and submit it; its issue number is given at registration.</source>
        <translation>“%1”已起草，现在“发文”的起草环节等待：请在那里核对后提交；期号在登记时编定。</translation>
    </message>
</context>
<context>
    <name>gw::DraftDialog</name>
    <message>
        <location filename="../ui/outgoing/DraftDialog.cpp" line="+62"/>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Routing slip</source>
        <translation>流转记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+103"/>
        <location line="+7"/>
        <source>Format check</source>
        <translation>格式检查</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Now: %1</source>
        <translation>当前环节：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — overdue since %1</source>
        <translation> — 自 %1 起逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — due %1</source>
        <translation> — 限 %1 前办理</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&lt;p&gt;No findings: the document follows GB/T 9704-2012 and the 2012 regulation as far as they can be checked here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;未发现问题：在本程序可检查的范围内，本文件符合 GB/T 9704-2012 和《党政机关公文处理工作条例》的规定。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding (%1)</source>
        <translation>检查意见（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>依据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Format check (%1)</source>
        <translation>格式检查（%1）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>PDF and markup</source>
        <translation>PDF与批注</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Chain</source>
        <translation>办理流程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>行文方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normative document</source>
        <translation>规范性文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principal recipients</source>
        <translation>主送机关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies to</source>
        <translation>抄送机关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotation (附注)</source>
        <translation>附注</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+142"/>
        <source>Date of writing (成文日期)</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Secrecy</source>
        <translation>密级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signing leader</source>
        <translation>签发领导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>签发情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version %1 by %2 at %3</source>
        <translation>第%1版，%2 于 %3 签发</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not yet</source>
        <translation>尚未签发</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answers</source>
        <translation>所答复的请示</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unsaved markups</source>
        <translation>未保存的批注</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n markup(s) drawn on this draft are not saved yet. Save them first?</source>
        <translation>
            <numerusform>此文稿上有 %n 条批注尚未保存。要先保存吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save Them</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard Them</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>&amp;Sign off</source>
        <translation>签发(&amp;S)</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>&amp;Pass</source>
        <translation>通过(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Return to the drafter…</source>
        <translation>退回拟稿人(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to the drafter</source>
        <translation>退回拟稿人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close as not to be issued (不予行文)…</source>
        <translation>不予行文…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not to be issued</source>
        <translation>不予行文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register and &amp;number…</source>
        <translation>登记编号(&amp;N)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Register and number</source>
        <translation>登记编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document number prefix:</source>
        <translation>发文字号前缀：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change of &amp;content…</source>
        <translation>内容修改(&amp;C)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Wording fix…</source>
        <translation>文字修改(&amp;W)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change of content</source>
        <translation>内容修改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wording fix</source>
        <translation>文字修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new text (the signature becomes void; the draft goes back to the signing leader):</source>
        <translation>修改后的文本（原签发失效，文稿退回签发领导）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The corrected text (the signature stays):</source>
        <translation>更正后的文本（签发继续有效）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What changed</source>
        <translation>修改说明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed and why:</source>
        <translation>修改内容及原因：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Print (印制)…</source>
        <translation>印制(&amp;P)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First &amp;reader (第一读者)…</source>
        <translation>第一读者(&amp;R)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set the 成文日期…</source>
        <translation>确定成文日期…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date (yyyy-MM-dd):</source>
        <translation>日期（yyyy-MM-dd）：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opinion (optional):</source>
        <translation>意见（选填）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign off</source>
        <translation>签发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign version %1 of “%2”? The signed version is frozen: later changes are recorded as wording fixes or changes of content.</source>
        <translation>签发《%2》第%1稿？签发稿即行锁定，此后的修改将作为文字更正或内容变更记录。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Page %1 · %2 · %3 · %4</source>
        <translation>第%1页 · %2 · %3 · %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Markups not closed</source>
        <translation>批注未关闭</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n markup(s) of yours on this draft are not closed:</source>
        <translation>
            <numerusform>您在本稿上有 %n 条批注尚未关闭：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass the draft on with them open? The routing slip will say so.</source>
        <translation>仍要在批注未关闭的情况下通过吗？流转单上将注明。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass &amp;Anyway</source>
        <translation>仍然通过(&amp;A)</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+136"/>
        <location line="+17"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>gw::DraftEditorDialog</name>
    <message>
        <location filename="../ui/outgoing/DraftEditorDialog.cpp" line="+72"/>
        <source>New draft</source>
        <translation>新建文稿</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit draft — %1</source>
        <translation>编辑文稿 — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For example: 关于……的通知</source>
        <translation>例如：关于……的通知</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Normative document (规范性文件): adds the legal review</source>
        <translation>规范性文件：增加法制审核环节</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>One recipient a line</source>
        <translation>每行一个机关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One attachment a line</source>
        <translation>每行一个附件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 此件公开发布 (printed in parentheses under the 成文日期)</source>
        <translation>如：此件公开发布（印在成文日期下一行，加圆括号）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Propose the urgency from the time limit, the steps ahead and consultation</source>
        <translation>根据办理时限、后续环节和是否需征求意见，建议紧急程度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Must be done by</source>
        <translation>限期办结</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other departments must be consulted</source>
        <translation>需征求其他部门意见</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(not a leader&apos;s signature)</source>
        <translation>（无需区政府领导签发）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (district head)</source>
        <translation>%1（区长）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a 批复: the number of the 请示 it answers</source>
        <translation>用于批复：所答复请示的发文字号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Genre:</source>
        <translation>文种(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issued by:</source>
        <translation>发文机关(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Direction:</source>
        <translation>行文方向(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafting &amp;unit:</source>
        <translation>拟稿单位(&amp;U)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Principal recipients:</source>
        <translation>主送机关(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copies to:</source>
        <translation>抄送机关(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attachments:</source>
        <translation>附件(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note (附注):</source>
        <translation>附注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgenc&amp;y:</source>
        <translation>紧急程度(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time limit:</source>
        <translation>办理时限：</translation>
    </message>
    <message>
        <location line="+218"/>
        <source>Body from the PDF %1 (%2); its text is shown for comparison.</source>
        <translation>正文取自 PDF 文件 %1（%2），其文字供对照显示。</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>Pr&amp;opose</source>
        <translation>建议(&amp;O)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>e.g. %1</source>
        <translation>例如：%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>S&amp;ecrecy:</source>
        <translation>密级(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrecy pe&amp;riod:</source>
        <translation>保密期限(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed &amp;by:</source>
        <translation>签发领导(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ans&amp;wers:</source>
        <translation>所答复请示(&amp;W)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a PD&amp;F…</source>
        <translation>使用PDF(&amp;F)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The body: headings 一、（一）1.（1）, one paragraph a line.</source>
        <translation>正文：标题层次为“一、（一）1.（1）”，每行一段。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What changed in this version (optional)</source>
        <translation>本版本修改说明（选填）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the PDF of the body</source>
        <translation>选择正文PDF文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Discard the changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes to this draft have not been saved. Discard them?</source>
        <translation>对此文稿的修改尚未保存。是否放弃？</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The recovery copy could not be written (%1); save soon.</source>
        <translation>无法写入恢复副本（%1）；请尽快保存。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的内容？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved work on this draft from %1 was found: the editor closed before it was saved (the program or the computer stopped). Restore it?</source>
        <translation>发现此文稿 %1 时未保存的内容：编辑窗口在保存前被关闭（程序或计算机意外停止）。要恢复吗？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Discard It</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Save despite the genre findings?</source>
        <translation>文种检查发现问题，仍要保存吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Correct the draft, or give the reason it is right as it is:</source>
        <translation>%1

请修改文稿，或说明按现稿保存的理由：</translation>
    </message>
</context>
<context>
    <name>gw::DraftListPage</name>
    <message>
        <location filename="../ui/tasks/DraftListPage.cpp" line="+51"/>
        <source>Search title or number (Ctrl+F)</source>
        <translation>搜索标题或发文字号（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All steps</source>
        <translation>全部环节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being drafted</source>
        <translation>拟稿中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for sign-off</source>
        <translation>待签发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration</source>
        <translation>登记编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing</source>
        <translation>付印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First reader</source>
        <translation>第一读者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>已核发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not issued (不予行文)</source>
        <translation>不予行文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any urgency</source>
        <translation>全部紧急程度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New draft…</source>
        <translation>新建文稿(&amp;N)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>R&amp;efresh</source>
        <translation>刷新(&amp;E)</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Outgoing drafts at your step (&amp;D): %1</source>
        <translation>发文待办(&amp;D)：%1 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming documents waiting for you (&amp;I): %1</source>
        <translation>收文待办(&amp;I)：%1 件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supervised matters waiting for you (&amp;M): %1</source>
        <translation>待您处理的督查事项(&amp;M)：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 item(s) wait for you, %2 overdue</source>
        <translation>待办 %1 件，其中逾期 %2 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 item(s) wait for you</source>
        <translation>待办 %1 件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outgoing documents</source>
        <translation>发文</translation>
    </message>
</context>
<context>
    <name>gw::DraftModel</name>
    <message>
        <location filename="../ui/outgoing/DraftModel.cpp" line="+53"/>
        <source>Released %1</source>
        <translation>已核发 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n copy(ies) printed, with the first reader</source>
        <translation>
            <numerusform>已印制 %n 份，第一读者审读中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n copy(ies) printed</source>
        <translation>
            <numerusform>已印制 %n 份</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue: </source>
        <translation>逾期：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This step is past its time limit.</source>
        <translation>本环节已超过办理时限。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document number</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genre</source>
        <translation>文种</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued by</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed / released</source>
        <translation>印制／核发</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafting unit</source>
        <translation>拟稿单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting at</source>
        <translation>当前环节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
</context>
<context>
    <name>gw::DraftRoutingView</name>
    <message>
        <location filename="../ui/outgoing/DraftRoutingView.cpp" line="+10"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>办理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (backflow)</source>
        <translation>（文件倒流）</translation>
    </message>
</context>
<context>
    <name>gw::DraftVersionsView</name>
    <message>
        <location filename="../ui/outgoing/DraftVersionsView.cpp" line="-45"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare version</source>
        <translation>比较版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with</source>
        <translation>与</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Inline</source>
        <translation>合并显示(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One text with the changes marked in it, instead of the two versions side by side.</source>
        <translation>在一份文本中标出改动，而不是左右并排显示两个版本。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>v%1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (signed)</source>
        <translation>（已签发）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only one version so far.</source>
        <translation>目前只有一个版本。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Version %1</source>
        <translation>第%1版</translation>
    </message>
</context>
<context>
    <name>gw::DraftingService</name>
    <message>
        <location filename="../core/services/DraftingService.cpp" line="+83"/>
        <source>Enter the title.</source>
        <translation>请输入标题。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title is longer than 200 characters.</source>
        <translation>标题超过 200 个字符。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the drafting unit: a section of the office, or a district department.</source>
        <translation>请选择拟稿单位：区府办科室或区直部门。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your clearance (%1) does not cover the secrecy level %2.</source>
        <translation>您的涉密等级（%1）不能接触密级为“%2”的文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A secrecy period needs a secrecy level.</source>
        <translation>设定保密期限须先选择密级。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the district leader who will sign.</source>
        <translation>请选择签发的区政府领导。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not cleared for %2 documents: choose a leader who is.</source>
        <translation>%1 不具备处理%2文件的涉密等级，请选择具备相应等级的领导。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upward documents of the district government are signed by the district head (区长): choose the district head.</source>
        <translation>区政府上行文由区长签发：请选择区长。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1
Correct the draft, or give a reason to save it as it is.</source>
        <translation>%1
请修改文稿，或说明按现稿保存的理由。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The body is empty.</source>
        <translation>正文不能为空。</translation>
    </message>
    <message>
        <location filename="../core/services/DraftQueries.cpp" line="+38"/>
        <source>The draft does not exist or is not visible to you.</source>
        <translation>该文稿不存在，或您无权查看。</translation>
    </message>
    <message>
        <location filename="../core/services/DraftingService.cpp" line="+117"/>
        <source>The draft can be edited only while it is with the drafter.</source>
        <translation>文稿仅在拟稿人处时可以编辑。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The signed version is frozen: record a wording fix or a content change instead.</source>
        <translation>已签发的版本不可更改：请改为登记文字修改或内容修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new version can be written only while the draft is with the drafter.</source>
        <translation>文稿仅在拟稿人处时可以形成新版本。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>At “%1” the draft moves on by that step&apos;s own action.</source>
        <translation>在“%1”环节，文稿须通过该环节的专门操作流转。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the reason.</source>
        <translation>请填写理由。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n markup(s) of yours on this draft are not closed. Close them, or confirm that the draft passes with them open.</source>
        <translation>
            <numerusform>您在本稿上有 %n 条批注尚未关闭。请先关闭，或确认在批注未关闭的情况下通过。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>(passed with %n of my markups not closed)</source>
        <translation>
            <numerusform>（通过时本人尚有 %n 条批注未关闭）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Wording fixes are recorded after sign-off and before release.</source>
        <translation>文字修改须在签发后、核发前登记。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what wording was fixed.</source>
        <translation>请说明修改了哪些文字。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Content changes are recorded after sign-off and before release.</source>
        <translation>内容修改须在签发后、核发前登记。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what content changed.</source>
        <translation>请说明修改了哪些内容。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The 成文日期 is set once the draft is signed.</source>
        <translation>文稿签发后方可确定成文日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The 成文日期 lies between the signing date (%1) and today (%2).</source>
        <translation>成文日期应在签发日期（%1）与今天（%2）之间。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The draft is not waiting for registration.</source>
        <translation>该文稿不在待登记编号环节。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not one of the office&apos;s document number prefixes.</source>
        <translation>“%1”不是本办公室的发文字号前缀。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The draft was signed more than %1 days ago (%2): the drafting unit must set the 成文日期 before registration.</source>
        <translation>该文稿签发已超过 %1 天（%2）：登记编号前须由拟稿单位确定成文日期。</translation>
    </message>
    <message>
        <location filename="../core/services/DraftQueries.cpp" line="+105"/>
        <source>Version %1 does not exist.</source>
        <translation>第%1版不存在。</translation>
    </message>
</context>
<context>
    <name>gw::DrillDownDialog</name>
    <message>
        <location filename="../ui/stats/DrillDownDialog.cpp" line="+26"/>
        <source>Documents behind the figure</source>
        <translation>数字对应的文件</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n document(s). Press Enter or double-click to open one.</source>
        <translation>
            <numerusform>共 %n 件。按回车键或双击打开。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Incoming items behind the figure</source>
        <translation>数字对应的收文</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The 收文 register, limited to these items. Press Enter or double-click to open one.</source>
        <translation>收文登记中的这些收文。回车或双击打开。</translation>
    </message>
</context>
<context>
    <name>gw::FirstReaderDialog</name>
    <message>
        <location filename="../ui/printing/FirstReaderDialog.cpp" line="+40"/>
        <source>First reader (第一读者)</source>
        <translation>第一读者</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>As signed</source>
        <translation>签发稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As printed</source>
        <translation>印制稿</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Side by side</source>
        <translation>对照</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Next difference (F3)</source>
        <translation>下一处差异(&amp;N)（F3）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The print</source>
        <translation>印制件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format check (automatic)</source>
        <translation>格式检查（自动）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checked by hand</source>
        <translation>人工核对</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Released to (核发, one per line):</source>
        <translation>核发对象（每行一个）：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Pass and release (Ctrl+Enter)</source>
        <translation>通过并核发(&amp;P)（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fail…</source>
        <translation>不合格(&amp;F)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Print of version %1 (signed: version %2), 份号 %3, by %4 on %5.</source>
        <translation>第%1版印制件（签发稿：第%2版），份号 %3，%4 于 %5 印制。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Element</source>
        <translation>要素</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(not in the print)</source>
        <translation>（打印件中没有）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Side by side: the same</source>
        <translation>对照：一致</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Side by side: %n difference(s)</source>
        <translation>
            <numerusform>对照：%n 处差异</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Fail the print</source>
        <translation>判定印制件不合格</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>秘书科: a wording fix, then a new print</source>
        <translation>秘书科：文字修改后重新印制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signer: a content change (the signature becomes void)</source>
        <translation>签发领导：内容修改（原签发失效）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back to:</source>
        <translation>退回至(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What is wrong:</source>
        <translation>问题说明(&amp;W)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>gw::FlowTab</name>
    <message>
        <location filename="../ui/stats/FlowTab.cpp" line="+48"/>
        <source>Flow figures %1</source>
        <translation>流转情况 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print previe&amp;w…</source>
        <translation>打印预览(&amp;W)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter or double-click a count to list its documents.</source>
        <translation>回车或双击数字，列出对应的文件。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter or double-click: the documents behind this number</source>
        <translation>回车或双击：列出此数字对应的文件</translation>
    </message>
</context>
<context>
    <name>gw::FontSettingsPage</name>
    <message>
        <location filename="../ui/printing/FontSettingsPage.cpp" line="+18"/>
        <source>Official documents are typeset in four faces. Debian has no simplified 仿宋; choose the office&apos;s licensed fonts here once they are installed. The choice applies to this workstation.</source>
        <translation>公文排版使用四种字体。Debian 未提供简体仿宋字体；请在安装本办公室已获授权的字体后在此选择。此设置仅对本工作站有效。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>仿宋 (body, 文号, 抄送):</source>
        <translation>仿宋（正文、文号、抄送）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>楷体 (second-level headings, 签发人):</source>
        <translation>楷体（二级标题、签发人）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>黑体 (密级, 紧急程度, first-level headings):</source>
        <translation>黑体（密级、紧急程度、一级标题）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小标宋 (标志 and title):</source>
        <translation>小标宋（发文机关标志和标题）：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Defaults</source>
        <translation>恢复默认(&amp;D)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved. Not installed on this workstation: %1.</source>
        <translation>已保存。本工作站未安装：%1。</translation>
    </message>
</context>
<context>
    <name>gw::HandlingDialog</name>
    <message>
        <location filename="../ui/incoming/HandlingDialog.cpp" line="+24"/>
        <source>Circulation list</source>
        <translation>传阅名单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+193"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+36"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Opinion</source>
        <translation>意见</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received / done</source>
        <translation>收到 / 办毕</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Done</source>
        <translation>已办毕</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Action</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>办理人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>held by %1 since %2</source>
        <translation>自 %2 起在%1处</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>Proposal (拟办)</source>
        <translation>拟办意见</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+77"/>
        <source>Instruction (签批)</source>
        <translation>领导签批</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+106"/>
        <source>Reply (答复)</source>
        <translation>答复</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Handles, lead (主办)</source>
        <translation>主办</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Handles, assists (协办)</source>
        <translation>协办</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+141"/>
        <source>Reads</source>
        <translation>阅知</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Has it</source>
        <translation>正在阅办</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy of the transfer (抄送)</source>
        <translation>转办抄送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>待阅办</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;Proposal (拟办)…</source>
        <translation>拟办(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposal:</source>
        <translation>拟办意见：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Instruct (签批)…</source>
        <translation>签批(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instruction:</source>
        <translation>签批意见：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Distribute…</source>
        <translation>分送(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Read / done…</source>
        <translation>阅毕/办结(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read / done</source>
        <translation>阅毕/办结</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opinion:</source>
        <translation>意见：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Forward to the next</source>
        <translation>转下一位(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Urge…</source>
        <translation>催办(&amp;U)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;verse the triage decision…</source>
        <translation>撤回初审决定(&amp;V)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverse the triage decision</source>
        <translation>撤回初审决定</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>By phone</source>
        <translation>电话催办</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By notice</source>
        <translation>发催办通知</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In person</source>
        <translation>当面催办</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Urge</source>
        <translation>催办</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>How:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What was said:</source>
        <translation>催办内容：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>催办通知 — %1 — %2.pdf</source>
        <translation>催办通知 — %1 — %2.pdf</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>R&amp;eply to the sender…</source>
        <translation>答复来文单位(&amp;E)…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Why is the decision taken back? The document waits for triage (初审) again.</source>
        <translation>为什么撤回该决定？撤回后该件重新等待初审。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reply:</source>
        <translation>答复内容：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Urge notice (催办通知)</source>
        <translation>催办通知</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+57"/>
        <source>Distribute</source>
        <translation>分送</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Tick the readers and handlers in the order the document goes round:</source>
        <translation>按传阅先后勾选阅知人和承办人：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handles</source>
        <translation>承办</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Leads</source>
        <translation>主办</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Move up (Alt+↑)</source>
        <translation>上移（Alt+↑）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down (Alt+↓)</source>
        <translation>下移（Alt+↓）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Space ticks a box.</source>
        <translation>按空格键勾选。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>gw::IdleLock</name>
    <message>
        <location filename="../ui/app/IdleLock.cpp" line="+30"/>
        <source>Locked (已锁定)</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gongwen Desk was locked after a while without use. Nothing was closed. %1, enter your password to go on.</source>
        <translation>公文工作台已因一段时间无操作而锁定，所有内容均未关闭。%1，请输入密码继续。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
</context>
<context>
    <name>gw::IncomingModel</name>
    <message>
        <location filename="../ui/incoming/IncomingModel.cpp" line="+36"/>
        <source>Registered, to triage</source>
        <translation>已登记，待初审</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transferred</source>
        <translation>已转办</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returned</source>
        <translation>已退文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed (拟办), awaiting instruction</source>
        <translation>已拟办，待签批</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instructed, to distribute</source>
        <translation>已签批，待分送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In circulation</source>
        <translation>传阅办理中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handled, to reply</source>
        <translation>已办理，待答复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done, ready to archive</source>
        <translation>已办结，待归档</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Overdue: %1</source>
        <translation>逾期：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Receipt no. (收文编号)</source>
        <translation>收文编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>收文时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>来文机关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrecy (密级)</source>
        <translation>密级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held by</source>
        <translation>当前持有人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
</context>
<context>
    <name>gw::IncomingPage</name>
    <message>
        <location filename="../ui/incoming/IncomingPage.cpp" line="+52"/>
        <source>Search title or number (Ctrl+F)</source>
        <translation>搜索标题或文号（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any urgency</source>
        <translation>全部紧急程度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue only</source>
        <translation>仅看逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Register…</source>
        <translation>签收登记(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Triage / handle…</source>
        <translation>初审/办理(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import a list…</source>
        <translation>导入收文清单(&amp;I)…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All senders</source>
        <translation>全部来文机关</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Held by anyone</source>
        <translation>全部持有人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by me (%1)</source>
        <translation>我持有的（%1）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fro&amp;m:</source>
        <translation>来文机关(&amp;M)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>H&amp;eld by:</source>
        <translation>当前持有人(&amp;E)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Letter or call from a person…</source>
        <translation>个人来信来电(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a document (非公文): recorded and passed to 信访 or the hotline</source>
        <translation>非公文：登记后转信访部门或直线电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter &amp;book (非公文)…</source>
        <translation>来信来电登记簿(&amp;B)…</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+150"/>
        <source>Import a receipt list</source>
        <translation>导入收文清单</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not counted</source>
        <translation>未能计数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More than %1 documents</source>
        <translation>超过 %1 件</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Row %1, %2: %3</source>
        <translation>第%1行，%2：%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 rows are good. Nothing is imported until the file is corrected, unless you import only the good rows.</source>
        <translation>共%2行，其中%1行无误。修改文件前不会导入任何数据，除非选择只导入无误的行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import the good rows</source>
        <translation>只导入无误的行</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing…</source>
        <translation>正在导入……</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> — %1 imported</source>
        <translation> — 已导入%1件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Registered as %1: %2</source>
        <translation>已登记为 %1：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select a document in the register first.</source>
        <translation>请先在登记簿中选中一件来文。</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>%1 document(s)</source>
        <translation>共 %1 件</translation>
    </message>
</context>
<context>
    <name>gw::IncomingService</name>
    <message>
        <location filename="../core/services/IncomingService.cpp" line="+37"/>
        <source>The time received lies in the future.</source>
        <translation>收文时间晚于当前时间，请核对。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The time limit lies before the time received.</source>
        <translation>办理时限早于收文时间，请核对。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The number of copies must be between 1 and 9999.</source>
        <translation>份数应在1至9999之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secrecy period needs a secrecy level.</source>
        <translation>填写保密期限须先选择密级。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the sending unit from the directory, or add it there.</source>
        <translation>请从单位名录中选择来文机关，或先在名录中添加。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 %2 is registered already (registration %3: “%4”).</source>
        <translation>%1 %2 已登记过（登记号 %3：“%4”）。</translation>
    </message>
    <message>
        <location filename="../core/services/IncomingQueries.cpp" line="+144"/>
        <source>The document does not exist or is not visible to you.</source>
        <translation>该文件不存在，或您无权查看。</translation>
    </message>
    <message>
        <location filename="../core/services/IncomingService.cpp" line="-43"/>
        <source>Your clearance does not cover %1 documents: ask a colleague cleared for them to register it.</source>
        <translation>您的涉密等级不足以处理%1文件，请由具有相应等级的同事登记。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The time received lies before 1980; check the year.</source>
        <translation>收文时间早于1980年，请核对年份。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The time limit lies more than a year after the time received; check the year.</source>
        <translation>办理时限比收文时间晚一年以上，请核对年份。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 %2 is registered already; that registration is not visible to you.</source>
        <translation>%1 %2 已经登记；该登记记录您无权查看。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Give the reason for deciding otherwise than the rules propose.</source>
        <translation>处理意见与规则建议不一致，请说明理由。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the reason for the transfer or return.</source>
        <translation>请说明转办或退文的理由。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the department the document is transferred to.</source>
        <translation>请选择承办转办事项的部门。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 sent the document: it is not transferred back to its sender. Return it, or accept it when a leader&apos;s review is asked for (rule (三)2).</source>
        <translation>%1 即为来文单位，不能转办回来文单位。请予退文；如来文请求领导审示，可按（三）2 受理。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Choose the leader concerned, who receives a copy of the transfer.</source>
        <translation>请选择分管领导：转办件须抄送分管领导。</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>the sending unit (来文机关)</source>
        <translation>来文机关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the title (标题)</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Please fill in %1.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>The document has been triaged already.</source>
        <translation>该文件已完成初审。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1&apos;s clearance does not cover this document&apos;s secrecy level; choose another leader for the copy.</source>
        <translation>%1的涉密等级不足以知悉本件的密级，请另选抄送领导。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Give the reason for reversing the triage decision.</source>
        <translation>请说明撤回初审决定的理由。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only a triage decision whose next step has not started can be reversed.</source>
        <translation>只有下一环节尚未开始的初审决定才能撤回。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has read the copy of the transfer already: the decision stands.</source>
        <translation>%1 已阅转办抄件，该决定不能撤回。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 reversed: %2</source>
        <translation>撤回%1：%2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>拟办 follows acceptance.</source>
        <translation>受理后方可拟办。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the proposal (拟办意见).</source>
        <translation>请填写拟办意见。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>签批 follows the secretariat&apos;s 拟办.</source>
        <translation>秘书科拟办后方可签批。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the instruction.</source>
        <translation>请填写签批意见。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The document is not waiting for distribution.</source>
        <translation>该文件当前不在待分送状态。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A reader on the list has no active account.</source>
        <translation>名单中有人员没有有效账号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s clearance does not cover this document&apos;s secrecy.</source>
        <translation>%1的涉密等级不能接触该文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(lead)</source>
        <translation>（主办）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(assist)</source>
        <translation>（协办）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(read)</source>
        <translation>（阅）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The document is with %1 now.</source>
        <translation>该文件目前在%1处。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The document is not with a reader now.</source>
        <translation>该文件目前不在阅文人处。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 still holds the document.</source>
        <translation>该文件仍在%1处。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Everyone on the list has had the document.</source>
        <translation>名单上的人员均已阅办完毕。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Say how the urging was done: by phone, by notice or in person.</source>
        <translation>请说明催办方式：电话、通知或当面。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The document&apos;s handling has ended.</source>
        <translation>该文件已办理完毕。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The reply follows the handling.</source>
        <translation>办理完毕后方可答复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the reply to the sender.</source>
        <translation>请填写给来文单位的答复。</translation>
    </message>
    <message>
        <location filename="../core/services/IncomingQueries.cpp" line="+133"/>
        <source>The attachment no longer exists.</source>
        <translation>该附件已不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The attachment “%1” no longer matches the SHA-256 recorded when it was registered.</source>
        <translation>附件“%1”与登记时记录的 SHA-256 不符，可能已被改动。</translation>
    </message>
</context>
<context>
    <name>gw::LetterDialog</name>
    <message>
        <location filename="../ui/incoming/LetterDialog.cpp" line="+37"/>
        <source>Letter or call from a person — not a document (非公文)</source>
        <translation>个人来信来电（非公文）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A letter or call from a private person is not an official document: it is not triaged, but recorded here and passed to the petitions office (信访) or the hotline (直线电话) with a 转送单.</source>
        <translation>个人来信来电不属公文，不作初审：在此登记，并附转送单转信访部门或直线电话办理。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Letter (来信)</source>
        <translation>来信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call (来电)</source>
        <translation>来电</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Telephone or address, as given (may be left empty)</source>
        <translation>电话或地址（可不填）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>方式(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact:</source>
        <translation>联系方式(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recei&amp;ved:</source>
        <translation>收到时间(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What it is about:</source>
        <translation>反映事项(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passed to:</source>
        <translation>转送(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;mark:</source>
        <translation>说明(&amp;M)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Record and print the 转送单</source>
        <translation>登记并打印转送单(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the petitions office</source>
        <translation>信访部门</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the government hotline (直线电话)</source>
        <translation>直线电话</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Forwarding slip (转送单)</source>
        <translation>转送单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarding slip (转送单) — %1.pdf</source>
        <translation>转送单 — %1.pdf</translation>
    </message>
</context>
<context>
    <name>gw::LetterService</name>
    <message>
        <location filename="../core/services/LetterService.cpp" line="+30"/>
        <source>Enter the name of the person who wrote or called.</source>
        <translation>请填写来信（来电）人姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name or the contact is too long.</source>
        <translation>姓名或联系方式过长。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say briefly what the letter or call is about.</source>
        <translation>请简要填写反映事项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The summary or the remark is longer than %1 characters.</source>
        <translation>反映事项或说明超过 %1 个字。</translation>
    </message>
</context>
<context>
    <name>gw::LettersDialog</name>
    <message>
        <location filename="../ui/incoming/LetterDialog.cpp" line="+16"/>
        <source>Letters and calls from persons — not documents (非公文)</source>
        <translation>个人来信来电登记簿（非公文）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>来信（来电）人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>反映事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passed to</source>
        <translation>转送</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print the 转送单 &amp;again…</source>
        <translation>重新打印转送单(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a letter in the list first.</source>
        <translation>请先在列表中选择一条来信。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Call, not a document</source>
        <translation>来电（非公文）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter, not a document</source>
        <translation>来信（非公文）</translation>
    </message>
</context>
<context>
    <name>gw::LoanDialog</name>
    <message>
        <location filename="../ui/archive/ArchiveDialogs.cpp" line="+7"/>
        <source>Lend an archived item (借阅登记)</source>
        <translation>借阅登记</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item:</source>
        <translation>档案：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Borrower:</source>
        <translation>借阅人(&amp;B)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paper</source>
        <translation>纸质(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On &amp;screen</source>
        <translation>屏幕阅览(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Form:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. %1</source>
        <translation>例如：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;urpose:</source>
        <translation>用途(&amp;U)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Due:</source>
        <translation>应还日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;cord</source>
        <translation>登记(&amp;C)</translation>
    </message>
</context>
<context>
    <name>gw::LoginDialog</name>
    <message>
        <location filename="../ui/app/LoginDialog.cpp" line="+25"/>
        <source>Log in — Gongwen Desk</source>
        <translation>登录 — 公文工作台</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gongwen Desk</source>
        <translation>公文工作台</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secretariat workstation</source>
        <translation>秘书科工作台</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. clerk</source>
        <translation>例如：clerk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>gw::MainWindow</name>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="+54"/>
        <source>Gongwen Desk</source>
        <translation>公文工作台</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — Gongwen Desk</source>
        <translation>%1 — 公文工作台</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+27"/>
        <source>My tasks</source>
        <translation>待办</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Incoming</source>
        <translation>收文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>发文</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Supervision</source>
        <translation>督查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervised matters and hotline calls are kept by the supervision office (督查室) and the hotline desk; leaders and the director see them here.</source>
        <translation>督查事项和直线电话由督查室和直线电话受理席管理；领导和主任在此查看。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervision is not among your posts.</source>
        <translation>督查工作不在您的岗位职责之内。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive</source>
        <translation>档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>My tasks (%1)</source>
        <translation>待办 (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The search index could not be brought up to date: %1</source>
        <translation>搜索索引未能更新：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clearance: %1</source>
        <translation>涉密等级：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Log out</source>
        <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Manual (使用手册)</source>
        <translation>使用手册(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Gongwen Desk</source>
        <translation>关于公文工作台(&amp;A)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your password is changed. Use the new one from the next log-in.</source>
        <translation>密码已修改。下次登录请使用新密码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Gongwen Desk</source>
        <translation>关于公文工作台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Gongwen Desk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;The secretariat&apos;s workstation for official documents.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;公文工作台&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;秘书科公文处理工作台。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gw::ManualWindow</name>
    <message>
        <location filename="../ui/app/ManualWindow.cpp" line="+67"/>
        <source>Manual — Gongwen Desk</source>
        <translation>使用手册 — 公文工作台</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contents</source>
        <translation>目录(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search the manual:</source>
        <translation>搜索手册(&amp;S)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a word, e.g. 退文 or password</source>
        <translation>输入词语，如“退文”或“密码”</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Nothing found for “%1”.</source>
        <translation>未找到“%1”。</translation>
    </message>
</context>
<context>
    <name>gw::MarkupPanel</name>
    <message>
        <location filename="../ui/outgoing/MarkupPanel.cpp" line="+35"/>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strike</source>
        <translation>删除线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>批注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Box</source>
        <translation>框选</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save markup</source>
        <translation>保存批注(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport marked-up PDF…</source>
        <translation>导出带批注的PDF(&amp;X)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+127"/>
        <source>Anyone</source>
        <translation>全部批注人</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>批注人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fixed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not changed…</source>
        <translation>未修改…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Export marked-up PDF</source>
        <translation>导出带批注的PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（批注）.pdf</source>
        <translation>（批注）.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not changed</source>
        <translation>未修改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why was the draft not changed?</source>
        <translation>为何未按批注修改？</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Read only: new markups are drawn by whoever reviews or signs the draft at its current step.</source>
        <translation>只读：新批注由当前环节的核稿人或签发人添加。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Unsaved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (v%1)</source>
        <translation>（第%1版）</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Comment:</source>
        <translation>意见：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment on “%1”:</source>
        <translation>对“%1”的意见：</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+13"/>
        <source>Choose a saved markup in the list first.</source>
        <translation>请先在列表中选择一条已保存的批注。</translation>
    </message>
</context>
<context>
    <name>gw::MarkupService</name>
    <message>
        <location filename="../core/services/MarkupService.cpp" line="+39"/>
        <location line="+67"/>
        <source>The draft does not exist or is not visible to you.</source>
        <translation>该文稿不存在，或您无权查看。</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Markup is made by whoever reviews or signs the draft at its current step; “%1” is not yours to act on now.</source>
        <translation>批注由当前环节的核稿人或签发人添加；“%1”环节现在不由您办理。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version %1 does not exist.</source>
        <translation>第%1版不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A markup needs a place on a page.</source>
        <translation>批注须标在页面上的某一位置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A markup lies outside the page.</source>
        <translation>批注超出了页面范围。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A comment is longer than %1 characters.</source>
        <translation>意见超过%1个字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A note needs its text.</source>
        <translation>批注须填写内容。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Only an open markup is answered.</source>
        <translation>只能答复待处理的批注。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A markup is answered by the draft&apos;s drafter.</source>
        <translation>批注须由文稿起草人答复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the draft was not changed.</source>
        <translation>请说明未修改的理由。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The markup is open already.</source>
        <translation>该批注已处于待处理状态。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A markup is closed once the drafter has answered it.</source>
        <translation>拟稿人答复后方可关闭批注。</translation>
    </message>
</context>
<context>
    <name>gw::MatterDialog</name>
    <message>
        <location filename="../ui/supervision/MatterDialog.cpp" line="+38"/>
        <source>Register: %1</source>
        <translation>立项：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Time of the ca&amp;ll:</source>
        <translation>来电时间(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as the caller gives it; may stay empty</source>
        <translation>按来电人所述填写；可以为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Caller:</source>
        <translation>来电人(&amp;C)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — outside the scope</source>
        <translation>%1 — 不属于受理范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Meeting:</source>
        <translation>会议(&amp;M)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>left empty: the start of the summary</source>
        <translation>留空则取摘要开头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the deputy or member, e.g. 张代表等5人</source>
        <translation>代表或委员，如：张代表等5人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Made &amp;by:</source>
        <translation>提出人(&amp;B)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A: solved or to be solved this year</source>
        <translation>A类：已解决或年内解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B: promised, to be solved (承诺办理件)</source>
        <translation>B类：承诺办理件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C: cannot be solved for now, explained</source>
        <translation>C类：因条件限制暂不能解决，已作说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cla&amp;ss:</source>
        <translation>答复类别(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Number:</source>
        <translation>编号(&amp;N)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the caller &amp;said:</source>
        <translation>来电内容(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Instruction as written:</source>
        <translation>批示原文(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Request:</source>
        <translation>诉求内容(&amp;R)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was decided</source>
        <translation>议定内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add an item</source>
        <translation>添加议定事项(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decided items:</source>
        <translation>议定事项：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&amp;eader concerned:</source>
        <translation>涉及领导(&amp;E)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secre&amp;cy:</source>
        <translation>密级(&amp;C)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trans&amp;fer to:</source>
        <translation>转办至(&amp;F)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead &amp;unit (交办 now):</source>
        <translation>牵头单位（立即交办）(&amp;U)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Deadline:</source>
        <translation>办理时限(&amp;D)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Register</source>
        <translation>立项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the call</source>
        <translation>登记来电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+35"/>
        <source>Not yet</source>
        <translation>暂不交办</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+18"/>
        <location line="+20"/>
        <source>e.g. %1</source>
        <translation>例如：%1</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Outside the scope: the call is recorded and closed with this advice: %1</source>
        <translation>不属于受理范围：来电登记后按以下意见告知并办结：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the scope: transfer it to the competent unit with a deadline.</source>
        <translation>属于受理范围：转办至主管单位并明确办理时限。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The items are registered; item %1 was not assigned: %2</source>
        <translation>各事项已立项；第%1项未能交办：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Registered as %1, not yet assigned: %2</source>
        <translation>已立项为%1，尚未交办：%2</translation>
    </message>
</context>
<context>
    <name>gw::MatterListDialog</name>
    <message>
        <location filename="../ui/supervision/SupervisionReportsUi.cpp" line="-92"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>gw::MatterModel</name>
    <message>
        <location filename="../ui/supervision/MatterModel.cpp" line="+64"/>
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yellow</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>已销号</translation>
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
            <numerusform>%1（%n 个子任务未办结）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (extended)</source>
        <translation>%1（已延期）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, extension asked</source>
        <translation>%1，已申请延期</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Light</source>
        <translation>灯号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source / caller</source>
        <translation>来源/来电人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leader</source>
        <translation>领导</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrecy</source>
        <translation>密级</translation>
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
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste &amp;picture</source>
        <translation>粘贴图片(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A picture copied from a camera&apos;s or a chat&apos;s window (Ctrl+Shift+V)</source>
        <translation>粘贴从相机或聊天窗口复制的图片（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Files:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” could not be read: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Lead unit (牵头单位):</source>
        <translation>牵头单位(&amp;L)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A&amp;ssisting units (协办单位):</source>
        <translation>协办单位(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deadline (办理时限):</source>
        <translation>办理时限(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notice (督查通知):</source>
        <translation>督查通知(&amp;N)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the notice to the unit asks, beyond the instruction</source>
        <translation>除批示内容外，督查通知对承办单位的其他要求</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Advice given:</source>
        <translation>告知意见：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Also said:</source>
        <translation>其他说明(&amp;A)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anything said to the caller besides the advice</source>
        <translation>除告知意见外，对来电人的其他说明</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sub-task</source>
        <translation>子任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add a sub-task</source>
        <translation>添加子任务(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sub-tasks:</source>
        <translation>子任务：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress as o&amp;f:</source>
        <translation>进展截至(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What the unit reported:</source>
        <translation>单位反馈内容(&amp;W)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type or paste the unit&apos;s feedback (进展情况)</source>
        <translation>输入或粘贴单位反馈的进展情况</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Report of completion:</source>
        <translation>办结报告(&amp;R)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type or paste the unit&apos;s report (办结报告)</source>
        <translation>输入或粘贴单位的办结报告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Present deadline:</source>
        <translation>现办理时限：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New deadline asked for:</source>
        <translation>申请延期至(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The unit&apos;s reason for the extension</source>
        <translation>单位申请延期的理由</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asked for:</source>
        <translation>申请延期至：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, because: %2</source>
        <translation>%1，理由：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grant: the deadline moves</source>
        <translation>同意：办理时限顺延</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse: the deadline stays</source>
        <translation>不同意：办理时限不变</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>&amp;Decision:</source>
        <translation>审批意见(&amp;D)：</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needed when refusing</source>
        <translation>不同意时必填</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept the report (审核通过)</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send back to the unit (退办)</source>
        <translation>退办</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needed when sending back: what is missing</source>
        <translation>退办时必填：说明欠缺内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reply to the deputy or member (答复):</source>
        <translation>答复(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Answer given to the caller:</source>
        <translation>答复来电人内容(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Closing note:</source>
        <translation>销号说明(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date of the reply:</source>
        <translation>答复日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Satisfaction:</source>
        <translation>满意度(&amp;S)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>solved (办成)</source>
        <translation>办成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not solved</source>
        <translation>未办成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;olved:</source>
        <translation>是否办成(&amp;O)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>by telephone</source>
        <translation>电话催办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by a written reminder (催办通知)</source>
        <translation>书面催办（催办通知）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in person</source>
        <translation>当面催办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How:</source>
        <translation>催办方式(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What was said:</source>
        <translation>催办内容(&amp;W)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+151"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clipboard holds no picture. Copy a picture first, or attach its file.</source>
        <translation>剪贴板中没有图片。请先复制图片，或直接添加图片文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>picture-%1.png</source>
        <translation>图片-%1.png</translation>
    </message>
</context>
<context>
    <name>gw::MatterView</name>
    <message>
        <location filename="../ui/supervision/MatterView.cpp" line="+33"/>
        <source>registered (立项)</source>
        <translation>已立项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assigned (交办)</source>
        <translation>已交办</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>caller advised, closed</source>
        <translation>已告知来电人并办结</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>split into sub-tasks</source>
        <translation>已分解为子任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>progress</source>
        <translation>进展反馈</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report of completion</source>
        <translation>办结报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extension asked to</source>
        <translation>申请延期至</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extension granted to</source>
        <translation>同意延期至</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extension refused</source>
        <translation>不同意延期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report accepted</source>
        <translation>办结报告审核通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sent back (退办)</source>
        <translation>已退办</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed (销号)</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed: every sub-task closed</source>
        <translation>已销号：全部子任务均已办结</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>urged (催办)</source>
        <translation>已催办</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Save the file</source>
        <translation>保存文件</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;p&gt;No matter is selected.&lt;/p&gt;</source>
        <translation>&lt;p&gt;未选择事项。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>灯号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggestion or proposal</source>
        <translation>建议提案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of the call</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the caller said</source>
        <translation>来电内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instruction or request</source>
        <translation>批示或诉求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader concerned</source>
        <translation>涉及领导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (extended %n time(s))</source>
        <translation>
            <numerusform>%1（已延期 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extension asked</source>
        <translation>已申请延期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to %1: %2</source>
        <translation>至%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrecy</source>
        <translation>密级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solved</source>
        <translation>是否办成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sub-tasks</source>
        <translation>子任务</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>History</source>
        <translation>办理过程</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Close</source>
        <translation>关闭</translation>
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
        <translation>例如：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. J012</source>
        <translation>例如：J012</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One prefix a line, then what it is for:
黄政发 区政府发文
黄政办发 区政府办公室发文</source>
        <translation>每行一个前缀，后接其用途：
黄政发 区政府发文
黄政办发 区政府办公室发文</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office&apos;s full &amp;name:</source>
        <translation>办公室全称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuing authority&apos;s &amp;mark (发文机关标志):</source>
        <translation>发文机关标志(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;onds number (全宗号):</source>
        <translation>全宗号(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document number &amp;prefixes:</source>
        <translation>发文字号前缀(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>printed on notices of return, transfer and urging, e.g. 李文秀</source>
        <translation>印在退文通知、转办告知单和催办通知上，如“李文秀”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 0712-2345678</source>
        <translation>如 0712-2345678</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contact person (联系人):</source>
        <translation>联系人(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact te&amp;lephone (联系电话):</source>
        <translation>联系电话(&amp;L)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supervised matter turns yellow when its deadline is this close.</source>
        <translation>督查事项距办理时限不足此天数时亮黄灯。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision &amp;warning (督查预警):</source>
        <translation>督查预警(&amp;W)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. %1, or empty when items are not sorted by organisation</source>
        <translation>如 %1；不按机构分类时留空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archival organisation co&amp;de (机构代码):</source>
        <translation>档号机构代码(&amp;D)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lending &amp;approved by (借阅审批):</source>
        <translation>借阅审批人(&amp;A)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The archive check (四性检测) reports when the last backup is older than this.</source>
        <translation>最近一次备份超过此天数时，四性检测将予以提示。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup at least &amp;every:</source>
        <translation>备份周期不超过(&amp;E)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One rule a line, the first that fits proposes the retention of an item to archive: 本单位 or 收文, a genre (or 规范性文件, 全部), then 永久, 30年 or 10年. A person confirms each proposal.</source>
        <translation>每行一条规则，归档时按第一条相符的规则建议保管期限：先写本单位或收文，再写文种（或规范性文件、全部），最后写永久、30年或10年。每项建议都须由人确认。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retention r&amp;ules (保管期限):</source>
        <translation>保管期限规则(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>gw::OfficeService</name>
    <message>
        <location filename="../core/services/OfficeService.cpp" line="+22"/>
        <source>Enter the office&apos;s full name.</source>
        <translation>请输入办公室全称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the issuing authority&apos;s mark (发文机关标志).</source>
        <translation>请输入发文机关标志。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fonds number (全宗号) has 1 to 10 letters or digits, e.g. J012.</source>
        <translation>全宗号由 1 至 10 个字母或数字组成，例如：J012。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter at least one document number prefix, e.g. 黄政发.</source>
        <translation>请至少输入一个发文字号前缀，例如：黄政发。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The contact telephone is a number such as 0712-2345678 or 13800000000.</source>
        <translation>联系电话应为号码，如 0712-2345678 或 13800000000。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contact person&apos;s name is at most 20 characters.</source>
        <translation>联系人姓名不超过 20 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The warning before a supervised matter&apos;s deadline is between 1 and 20 working days.</source>
        <translation>督查事项办理时限前的预警天数须在1至20个工作日之间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The organisation code in the archival code (机构代码) is up to eight capital letters or digits, e.g. BGS, or empty.</source>
        <translation>档号中的机构代码最多为八位大写字母或数字（如 BGS），也可为空。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup stays recent for 1 to 90 days.</source>
        <translation>备份有效期应为 1 至 90 天。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the post that approves lending archived items.</source>
        <translation>请选择负责审批档案借阅的职务。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The prefix “%1” is not valid: use 2 to 10 Chinese characters such as 黄政发, without brackets, year or 号.</source>
        <translation>前缀“%1”无效：请使用 2 至 10 个汉字，如“黄政发”，不含括号、年份或“号”字。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The prefix “%1” must not end with 号; it is added after the number.</source>
        <translation>前缀“%1”不得以“号”字结尾；“号”字会加在编号之后。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prefix “%1” is listed twice.</source>
        <translation>前缀“%1”重复列出。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Not enough memory to protect the password.</source>
        <translation>内存不足，无法保护密码。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This database is already set up. Log in with an administrator account.</source>
        <translation>此数据库已完成初始设置。请使用系统管理员账号登录。</translation>
    </message>
</context>
<context>
    <name>gw::OfficeSettingsPage</name>
    <message>
        <location filename="../ui/admin/OfficeSettingsPage.cpp" line="+29"/>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Now saved: %1. Press Save again to replace it with your input.</source>
        <translation>当前已保存的内容：%1。再次点击“保存”将以您输入的内容替换。</translation>
    </message>
</context>
<context>
    <name>gw::PdfPreviewDialog</name>
    <message>
        <location filename="../ui/pdf/PdfPreviewDialog.cpp" line="+29"/>
        <source>Preview — %1</source>
        <translation>预览 — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为PDF(&amp;S)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lent for reading on screen (电子借阅): it cannot be printed or saved here.</source>
        <translation>电子借阅，仅供屏幕阅读：此处不能打印或保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save as PDF</source>
        <translation>另存为PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>已发送到打印机：共 %n 页。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::PdfView</name>
    <message>
        <location filename="../ui/pdf/PdfView.cpp" line="+72"/>
        <source>&amp;Try Unreadable Pages Again</source>
        <translation>重新读取无法显示的页(&amp;T)</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Opening…</source>
        <translation>正在打开……</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Page %1 is being drawn…</source>
        <translation>正在显示第%1页……</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click the page or press F5 to try again.</source>
        <translation>双击该页或按 F5 重试。</translation>
    </message>
</context>
<context>
    <name>gw::PdfViewer</name>
    <message>
        <location filename="../ui/pdf/PdfViewer.cpp" line="+38"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit page</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page</source>
        <translation>第</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find in the document (Ctrl+F)</source>
        <translation>在文件中查找（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous hit (Shift+F3)</source>
        <translation>上一处（Shift+F3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next hit (F3)</source>
        <translation>下一处（F3）</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>of %1</source>
        <translation>页，共%1页</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No hits</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>第%1处，共%2处</translation>
    </message>
</context>
<context>
    <name>gw::PrintDialog</name>
    <message>
        <location filename="../ui/printing/PrintDialog.cpp" line="+41"/>
        <source>Printing (印制)</source>
        <translation>印制</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>From 份号 (&amp;N):</source>
        <translation>起始份号(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copies:</source>
        <translation>份数(&amp;C)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One copy per &amp;unit (a group such as 各镇人民政府 counts each of its units)</source>
        <translation>每个单位一份(&amp;U)（“各镇人民政府”等统称按其所含单位逐一计份）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recipient (double-click or F2 to change)</source>
        <translation>分送对象（双击或按 F2 修改）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy number (份号)</source>
        <translation>份号</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print to P&amp;DF…</source>
        <translation>打印为PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed: to the &amp;first reader</source>
        <translation>已印制，送第一读者(&amp;F)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print log</source>
        <translation>印制记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>印制人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copies (份号 → recipient)</source>
        <translation>各份（份号 → 分送对象）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Device</source>
        <translation>打印设备</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 %2 — version %3</source>
        <translation>%1 %2 — 第%3版</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Format check:&lt;/b&gt; no findings.</source>
        <translation>&lt;b&gt;格式检查：&lt;/b&gt;未发现问题。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b style=&quot;color:#B00020&quot;&gt;Format check: %n finding(s) — fix them before printing.&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b style=&quot;color:#B00020&quot;&gt;格式检查：发现 %n 个问题，请修改后再印制。&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The printer could not be opened.</source>
        <translation>无法打开打印机。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the copies to print.</source>
        <translation>请选择要印制的份号。</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+19"/>
        <source>PDF: %1</source>
        <translation>PDF：%1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Print %1</source>
        <translation>打印 — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each copy has its own 份号: the number of copies is set on this page. One of each numbered copy is printed.</source>
        <translation>每份公文有各自的份号，份数请在本页设置；每个份号只打印一份。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print to PDF</source>
        <translation>打印为PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source> (reprint)</source>
        <translation>（重印）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reprint, version %1</source>
        <translation>重印，第%1版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print, version %1</source>
        <translation>印制，第%1版</translation>
    </message>
</context>
<context>
    <name>gw::PrintingService</name>
    <message>
        <location filename="../core/services/PrintingService.cpp" line="+80"/>
        <source>The office is not set up: its 发文机关标志 is unknown.</source>
        <translation>办公室尚未完成设置：发文机关标志未填写。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The document is not signed.</source>
        <translation>该文件尚未签发。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Only a registered document waiting for printing or for the first reader is printed (it is at “%1”).</source>
        <translation>只有已登记编号、处于付印或第一读者环节的文件才能印制（当前处于“%1”环节）。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The format check finds %n problem(s); the first: %1</source>
        <translation>
            <numerusform>格式检查发现 %n 个问题，首个问题：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the copies to print.</source>
        <translation>请选择要印制的份号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The print is logged with its PDF, which the first reader reads; none was given.</source>
        <translation>印制记录须附第一读者审读的PDF文件，本次未提供。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy numbers are positive and each is printed once per print (%1).</source>
        <translation>份号须为正整数，且每次印制中每个份号只印一份（%1）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>份号 %1 was printed for %2; a reprint of it goes to the same recipient.</source>
        <translation>份号 %1 已印制分送%2，重印件须分送同一对象。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A classified document records the recipient of every copy: copy %1 has none.</source>
        <translation>涉密文件须登记每一份的分送对象：份号 %1 未填写。</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>份号 %1–%2, %n copy(ies), on %3</source>
        <translation>
            <numerusform>份号 %1–%2，共 %n 份，打印设备：%3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The current version of “%1” has not been printed.</source>
        <translation>“%1”的当前版本尚未印制。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The current version has not been printed.</source>
        <translation>当前版本尚未印制。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document has changed since it was printed (for example its 成文日期 or the office&apos;s details): print it again.</source>
        <translation>公文在印制后已有变动（如成文日期或本机关信息），请重新印制。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The document is not waiting for printing.</source>
        <translation>该文件不在付印环节。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The document is not waiting for the first reader.</source>
        <translation>该文件不在第一读者环节。</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>The format check finds %n problem(s): the document cannot pass.</source>
        <translation>
            <numerusform>格式检查发现 %n 个问题，该文件不能通过。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The checklist is not complete: %1</source>
        <translation>核对清单尚未完成：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name whom the document is released to.</source>
        <translation>请填写核发对象。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Say what is wrong with the print.</source>
        <translation>请说明印制件存在的问题。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no print to fail.</source>
        <translation>没有可判定不合格的印制件。</translation>
    </message>
</context>
<context>
    <name>gw::RankingTab</name>
    <message>
        <location filename="../ui/stats/RankingTab.cpp" line="+44"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set the sche&amp;me…</source>
        <translation>设定方案(&amp;M)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Annual ranking %1</source>
        <translation>%1年度文件评比</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Sc&amp;oring scheme:</source>
        <translation>评分方案(&amp;O)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Print previe&amp;w…</source>
        <translation>打印预览(&amp;W)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter or double-click: the documents behind this number</source>
        <translation>回车或双击：列出此数字对应的文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Serials and their issues (刊物)</source>
        <translation>刊物及各期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seria&amp;l:</source>
        <translation>刊物(&amp;L)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New serial…</source>
        <translation>新建刊物(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ed&amp;it serial…</source>
        <translation>修改刊物(&amp;I)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Compose &amp;bulletin…</source>
        <translation>编写通报(&amp;B)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter or double-click: open the issue&apos;s document</source>
        <translation>回车或双击：打开该期文稿</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only documents within your clearance (%1) are counted.</source>
        <translation>只统计您涉密等级（%1）以内的文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>《%1》 (no longer in use)</source>
        <translation>《%1》（已停用）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>as installed</source>
        <translation>安装时设定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1 (%2%3)</source>
        <translation>第%1版（%2%3）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Version %1 of the scoring scheme%2. %3 %4</source>
        <translation>评分方案第%1版%2。%3 %4</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Issue</source>
        <translation>期号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Covers</source>
        <translation>所涉期间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where it is</source>
        <translation>所在环节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document number</source>
        <translation>发文字号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(numbered at registration)</source>
        <translation>（登记时编号）</translation>
    </message>
</context>
<context>
    <name>gw::RatingSchemeDialog</name>
    <message>
        <location filename="../ui/stats/BulletinDialogs.cpp" line="-258"/>
        <source>Scoring scheme of the annual ranking</source>
        <translation>文件评比评分方案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting from version %1. Saving stores a new version; rankings made with earlier versions keep theirs.</source>
        <translation>以第%1版为基础。保存即存为新版本，按旧版本作出的评比结果不变。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Base points:</source>
        <translation>基础分(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Policy error, per document:</source>
        <translation>政策差错（每件）(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Genre/format error, per document:</source>
        <translation>文种格式差错（每件）(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Wording error, per document:</source>
        <translation>文字差错（每件）(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Return (倒流), per document:</source>
        <translation>倒流（每件）(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First-reader failure, per document:</source>
        <translation>第一读者退回（每件）(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;On time (points at 100%):</source>
        <translation>按时办结（全部按时得分）(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Volume (points at the target):</source>
        <translation>办文数量（达到目标得分）(&amp;V)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> documents</source>
        <translation> 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume &amp;target:</source>
        <translation>办文数量目标(&amp;T)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the weights changed, e.g. the office meeting&apos;s decision</source>
        <translation>修改原因，如：主任办公会决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save as new version</source>
        <translation>存为新版本(&amp;S)</translation>
    </message>
</context>
<context>
    <name>gw::RatingService</name>
    <message>
        <location filename="../core/services/RatingService.cpp" line="+59"/>
        <source>These are the weights of version %1 already: nothing to save.</source>
        <translation>这些权重与第%1版相同，无需保存。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a year between 2000 and 2100.</source>
        <translation>请选择 2000 至 2100 年之间的年份。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no version %1 of the scoring scheme.</source>
        <translation>评分方案没有第%1版。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scoring scheme is stored. Set one first.</source>
        <translation>尚未保存评分方案，请先设定。</translation>
    </message>
</context>
<context>
    <name>gw::RegistrationDialog</name>
    <message>
        <location filename="../ui/incoming/RegistrationDialog.cpp" line="+47"/>
        <source>Sign for and register an incoming document</source>
        <translation>收文签收登记</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New &amp;unit…</source>
        <translation>新增单位(&amp;U)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. 黄政发〔2026〕12号 — [ ] ( ) ［ ］ are accepted</source>
        <translation>如：黄政发〔2026〕12号（也可输入 [ ] ( ) ［ ］）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(choose the genre)</source>
        <translation>（请选择文种）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>e.g. 000012</source>
        <translation>如：000012</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To be done by</source>
        <translation>限期办结</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The district government</source>
        <translation>区政府</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The district government office</source>
        <translation>区政府办公室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A leader personally</source>
        <translation>领导个人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Attach…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;From:</source>
        <translation>来文机关(&amp;F)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document &amp;number:</source>
        <translation>文号(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Genre:</source>
        <translation>文种(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgenc&amp;y:</source>
        <translation>紧急程度(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Secrecy:</source>
        <translation>密级(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrecy &amp;period:</source>
        <translation>保密期限(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copies:</source>
        <translation>份数(&amp;C)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time limit:</source>
        <translation>办理时限：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ddressed to:</source>
        <translation>主送(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>“%1” is not a readable PDF: %2</source>
        <translation>“%1”不是可读取的 PDF：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="-307"/>
        <source>Copy num&amp;bers:</source>
        <translation>份号(&amp;B)：</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>e.g. %1</source>
        <translation>例如：%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Recei&amp;ved:</source>
        <translation>收文时间(&amp;V)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Confir&amp;m the proposals</source>
        <translation>确认建议(&amp;M)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+9"/>
        <source>New unit</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Full name of the sending unit:</source>
        <translation>来文单位全称：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Read from the document: check it, then change it or confirm it.</source>
        <translation>据来文读取：请核对，修改或确认。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not found in the document: enter it.</source>
        <translation>文中未能找到，请填写。</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+2"/>
        <source>sender</source>
        <translation>来文机关</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>genre</source>
        <translation>文种</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>addressed to</source>
        <translation>主送</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>urgency</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>secrecy</source>
        <translation>密级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>secrecy period</source>
        <translation>保密期限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields in yellow were read from the document (%1): check each, then change it or confirm it.</source>
        <translation>黄色字段据来文读取（%1），请逐项核对，修改或确认。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Dated %1.</source>
        <translation> 成文日期：%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> Its 附件说明 names %n attachments: %1.</source>
        <translation>
            <numerusform>附件说明列明附件 %n 件：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Not found in the document, in red: %1 — enter them.</source>
        <translation>文中未能找到（标红）：%1，请填写。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> The document names “%1” as its sender, which is not in the directory: choose it or add it.</source>
        <translation>文中署名的来文机关“%1”不在单位名录中，请选择或新增。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Check the fields read from the document (%1) and confirm them before registering.</source>
        <translation>请先核对并确认据来文读取的字段（%1），再行登记。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the genre (文种)</source>
        <translation>文种</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please fill in %1.</source>
        <translation>请填写%1。</translation>
    </message>
</context>
<context>
    <name>gw::SearchDialog</name>
    <message>
        <location filename="../ui/search/SearchDialog.cpp" line="+48"/>
        <source>Search (搜索)</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A 文号 or part of one, words of a title, a sender, words in the text</source>
        <translation>文号或其中一部分、标题中的字词、来文机关、正文中的字词</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every kind</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any year</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any unit</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Doc. number (文号)</source>
        <translation>文号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title (题名)</source>
        <translation>题名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sender or responsible</source>
        <translation>来文机关/责任者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The search index is being built for these records; results may be incomplete until it is done.</source>
        <translation>正在为这些记录建立搜索索引；完成前搜索结果可能不全。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The text of %n file(s) is still being read; words inside them are found once it is.</source>
        <translation>
            <numerusform>还有 %n 个文件的文字正在读取；读取完成后即可搜到其中的字词。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Type letters, digits or characters to look for.</source>
        <translation>请输入要查找的汉字、字母或数字。</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 — %n found</source>
        <translation>
            <numerusform>%1——找到 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Show more (%n more)…</source>
        <translation>
            <numerusform>显示更多（还有 %n 项）…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found for “%1”.</source>
        <translation>未找到“%1”。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n document(s) found for “%1”.</source>
        <translation>
            <numerusform>“%1”共找到 %n 份文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::SearchSchedule</name>
    <message>
        <location filename="../ui/search/SearchSchedule.cpp" line="+72"/>
        <source>Building the search index: %1 of %2 records…</source>
        <translation>正在建立搜索索引：%2 条记录中已完成 %1 条……</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the text of files for search: %1 of %2…</source>
        <translation>正在读取文件文字以供搜索：%2 个中已完成 %1 个……</translation>
    </message>
</context>
<context>
    <name>gw::SearchService</name>
    <message>
        <location filename="../core/services/SearchService.cpp" line="+39"/>
        <source>A search is at most 200 characters.</source>
        <translation>搜索内容最多 200 个字符。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Another workstation (%1) is building the search index. Search finds everything once it has finished.</source>
        <translation>另一台工作站（%1）正在建立搜索索引，完成后即可搜索到全部文件。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Building the search index was stopped; search finds only what was indexed until then. Build it again to finish.</source>
        <translation>已停止建立搜索索引；搜索只能找到此前已索引的内容。请重新建立索引以完成。</translation>
    </message>
</context>
<context>
    <name>gw::SerialDialog</name>
    <message>
        <location filename="../ui/stats/BulletinDialogs.cpp" line="+38"/>
        <source>Serial 《%1》</source>
        <translation>刊物《%1》</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New serial</source>
        <translation>新建刊物</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 督查通报 (without 《》)</source>
        <translation>如：督查通报（不加书名号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Issued by (编印单位):</source>
        <translation>编印单位(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yearly: 2026年第1期, 第2期 …, from 1 again each year</source>
        <translation>按年编号(&amp;Y)：2026年第1期、第2期……，每年从1起</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Running: 第1期, 第2期 … on from the first issue</source>
        <translation>连续编号(&amp;R)：第1期、第2期……，自创刊起连续</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issue numbers:</source>
        <translation>期号：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In &amp;use (new issues can be composed)</source>
        <translation>在用(&amp;U)（可编写新的一期）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>gw::SettingsPage</name>
    <message>
        <location filename="../ui/admin/SettingsPage.cpp" line="+20"/>
        <source>Unit directory</source>
        <translation>单位名录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document fonts</source>
        <translation>公文字体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup of this workstation</source>
        <translation>本工作站备份</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit log (审计日志)</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>gw::SetupWizard</name>
    <message>
        <location filename="../ui/app/SetupWizard.cpp" line="+33"/>
        <source>Set up Gongwen Desk</source>
        <translation>设置公文工作台</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database holds no office yet. In two steps you record the office this workstation serves and create its system administrator. The administrator then adds the other accounts and the unit directory.</source>
        <translation>此数据库尚未登记任何办公室。只需两步，即可登记本工作站所服务的办公室并创建其系统管理员。之后由系统管理员添加其他账号和单位名录。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As it appears on documents and in the archive.</source>
        <translation>与公文和档案中的写法一致。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The system administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The administrator manages accounts, posts and clearances.</source>
        <translation>系统管理员负责管理账号、岗位和涉密等级。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>gw::StatsPage</name>
    <message>
        <location filename="../ui/stats/StatsPage.cpp" line="+65"/>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG图片 (*.png);;SVG矢量图 (*.svg)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (year)</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Rows:</source>
        <translation>行(&amp;R)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+199"/>
        <source>Whole office</source>
        <translation>全办</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Person: %1</source>
        <translation>人员：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R&amp;efresh</source>
        <translation>刷新(&amp;E)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Quality ledger (差错台账)</source>
        <translation>差错台账(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;view quality (核稿质量)</source>
        <translation>核稿质量(&amp;V)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <comment>the column of a month-by-month table</comment>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Month by month</source>
        <translation>月度趋势</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+26"/>
        <source>Quality ledger %1</source>
        <translation>差错台账 %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Char&amp;t:</source>
        <translation>图表(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By kind and row</source>
        <translation>按差错类别</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>Save chart as &amp;image…</source>
        <translation>保存图表(&amp;I)…</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Enter or double-click a number, or click a bar, to list its documents.</source>
        <translation>按回车键或双击数字、单击柱形，可列出对应文件。</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Enter or double-click: the documents behind this number</source>
        <translation>回车或双击：列出这个数字对应的文件</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Flow fig&amp;ures (流转情况)</source>
        <translation>流转情况(&amp;U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R&amp;anking and bulletins (评比与通报)</source>
        <translation>评比与通报(&amp;A)</translation>
    </message>
    <message>
        <location line="+86"/>
        <location line="+18"/>
        <source>Review quality %1</source>
        <translation>核稿质量 %1</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>An error slipped past a reviewer when a later step or the first reader found it after the reviewer passed the document.</source>
        <translation>核稿人签过后，在后续环节或被第一读者发现的差错，计为该核稿人漏过的差错。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Quarter %1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 · %2. Only documents within your clearance (%3) are counted.</source>
        <translation>%1 · %2。只统计您涉密等级（%3）以内的文件。</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+36"/>
        <source>%1 errors</source>
        <translation>%1差错</translation>
    </message>
</context>
<context>
    <name>gw::StatsService</name>
    <message>
        <location filename="../core/services/StatsService.cpp" line="+153"/>
        <source>A section head sees the figures of their own unit, and no unit is recorded for your account. Ask the administrator to record it.</source>
        <translation>科室负责人只能查看本单位的统计，但您的账户未登记所在单位。请联系系统管理员登记。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Choose a period whose first day is not after its last.</source>
        <translation>统计期间的起始日不能晚于截止日。</translation>
    </message>
    <message>
        <location filename="../core/services/StatsFlow.cpp" line="+106"/>
        <source>Outgoing by genre</source>
        <translation>发文·按文种</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+224"/>
        <source>Genre</source>
        <translation>文种</translation>
    </message>
    <message>
        <location line="-223"/>
        <source>Outgoing by chain</source>
        <translation>发文·按流程</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+98"/>
        <source>Chain</source>
        <translation>流程</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Started</source>
        <translation>起草</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+86"/>
        <source>Released</source>
        <translation>核发</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Outgoing started in the period: where they are now</source>
        <translation>本期起草的发文：当前所在环节</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <location line="+53"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Documents</source>
        <translation>办文件数</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Time at each step</source>
        <translation>各环节用时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>办理次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median (hours)</source>
        <translation>中位用时（小时）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>90th percentile (hours)</source>
        <translation>90%用时（小时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the time limit</source>
        <translation>超时次数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From the routing line that brought the document to the step to the action that finished it there; the limit is the work calendar&apos;s for the document&apos;s urgency.</source>
        <translation>自文件转到该环节起，至在该环节办结止；时限按工作日历和文件缓急计算。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a person chosen: the steps that person finished, on any document (the other tables: the documents they drafted).</source>
        <translation>选定人员时：本表统计该人员办理的环节（不论何人起草的文件）；其他各表统计该人员起草的文件。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>End to end: from drafting to release</source>
        <translation>全程用时：起草至核发</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+178"/>
        <source>Median (days)</source>
        <translation>中位用时（天）</translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+178"/>
        <source>90th percentile (days)</source>
        <translation>90%用时（天）</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Overdue now</source>
        <translation>当前超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents past the step&apos;s limit</source>
        <translation>超过环节时限的文件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documents waiting now, whatever the period chosen.</source>
        <translation>当前在办的文件，与所选期间无关。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Printing and the first reader</source>
        <translation>印制与第一读者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies printed</source>
        <translation>印制份数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of them reprints</source>
        <translation>其中重印</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First reader passed</source>
        <translation>第一读者通过</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First reader failed</source>
        <translation>第一读者退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass rate (%)</source>
        <translation>通过率（%）</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Incoming by sender</source>
        <translation>收文·按来文单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender</source>
        <translation>来文单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <location line="+21"/>
        <source>Received</source>
        <translation>收文</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+42"/>
        <source>Returned (退文)</source>
        <translation>退文</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+42"/>
        <source>Transferred (转办)</source>
        <translation>转办</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Clauses cited</source>
        <translation>所依条款</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(unit #%1)</source>
        <translation>（单位#%1）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Incoming by genre</source>
        <translation>收文·按文种</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Incoming month by month</source>
        <translation>收文·按月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Incoming circulation</source>
        <translation>收文办理用时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled to the end</source>
        <translation>办结件数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With a due time</source>
        <translation>有时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled in time</source>
        <translation>按时办结</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On time (%)</source>
        <translation>按时率（%）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items received in the period and handled to the end; from receipt to their last step.</source>
        <translation>本期收到并已办结的收文；自签收至最后一个办理环节。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>These figures count incoming items, not outgoing documents.</source>
        <translation>这些数字统计的是收文，不是发文。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../core/services/StatsService.cpp" line="+7"/>
        <source>A section head sees the figures of their own unit only.</source>
        <translation>科室负责人只能查看本单位的统计。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These figures count outgoing documents, not incoming items.</source>
        <translation>这些数字统计的是发文，不是收文。</translation>
    </message>
    <message>
        <location line="-319"/>
        <location line="+84"/>
        <location line="+19"/>
        <location filename="../core/services/StatsService.cpp" line="+50"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../core/services/StatsService.cpp" line="+5"/>
        <source>(no longer in the records, #%1)</source>
        <translation>（已不在记录中，#%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
</context>
<context>
    <name>gw::SupervisionFiguresTab</name>
    <message>
        <location filename="../ui/supervision/SupervisionReportsUi.cpp" line="-112"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Perio&amp;d:</source>
        <translation>期间(&amp;D)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Supervision figures %1</source>
        <translation>督查统计 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+215"/>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Enter or double-click: the matters behind this number</source>
        <translation>回车或双击：查看该数字对应的督查事项</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 — %2, %3: %4</source>
        <translation>%1 — %2，%3：%4</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Hotline digest (直线电话简报) %1</source>
        <translation>直线电话简报 %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hotline digest %1</source>
        <translation>直线电话简报 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>gw::SupervisionPage</name>
    <message>
        <location filename="../ui/supervision/SupervisionPage.cpp" line="+52"/>
        <source>Search title, text, source or caller (Ctrl+F)</source>
        <translation>搜索标题、内容、来源或来电人（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any light</source>
        <translation>全部灯号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>未办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Register ▾</source>
        <translation>立项(&amp;R) ▾</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leader&apos;s instruction on an incoming document…</source>
        <translation>来文领导批示…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;October review (回头看)…</source>
        <translation>十月回头看(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every B-class suggestion or proposal (承诺办理件) of the year whose promise is not yet kept</source>
        <translation>本年度承诺尚未兑现的全部B类建议提案（承诺办理件）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Re&amp;ports ▾</source>
        <translation>报告(&amp;P) ▾</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monthly bulletin (督查通报)…</source>
        <translation>督查通报…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Special report on the matter shown (督查专报)…</source>
        <translation>就当前事项起草督查专报…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hotline digest of the figures&apos; period…</source>
        <translation>统计期间的直线电话简报…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Matt&amp;ers</source>
        <translation>督查事项(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fig&amp;ures</source>
        <translation>统计(&amp;U)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Open matters: %1 &amp;nbsp; %2 &amp;nbsp; %3</source>
        <translation>未办结事项：%1 &amp;nbsp; %2 &amp;nbsp; %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline near</source>
        <translation>临近时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on time</source>
        <translation>按期</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose the incoming document</source>
        <translation>选择来文</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 — instruction: %3</source>
        <translation>%1 %2 — 批示：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Documents with a leader&apos;s instruction:</source>
        <translation>有领导批示的来文(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No incoming document bears a leader&apos;s instruction yet.</source>
        <translation>暂无带领导批示的来文。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Register its instruction</source>
        <translation>批示立项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>October review (回头看) %1</source>
        <translation>十月回头看 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>B-class suggestions and proposals (承诺办理件) of %1 not yet closed, or closed without being solved: %n item(s).</source>
        <translation>
            <numerusform>%1年度尚未销号或销号时未办成的B类建议提案（承诺办理件）：共 %n 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gw::SupervisionReports</name>
    <message>
        <location filename="../core/services/SupervisionReports.cpp" line="+59"/>
        <source>Choose the month the bulletin covers.</source>
        <translation>请选择通报所涉的月份。</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>The report is drafted in your name and submitted by you: %1</source>
        <translation>报告以您的名义起草并由您提交：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>《%1》 is not in use in the register of serials.</source>
        <translation>《%1》不在刊物登记中或已停用。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose a period whose first day is not after its last.</source>
        <translation>请选择起始日期不晚于截止日期的时间段。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Hotline calls by category</source>
        <translation>直线电话来电（按类别）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calls</source>
        <translation>来电数</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>Transferred</source>
        <translation>转办</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Advised where to go</source>
        <translation>告知反映渠道</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <location line="+13"/>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+12"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+35"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <location line="-33"/>
        <source>%1: %n call(s) recorded by the hotline desk.</source>
        <translation>
            <numerusform>%1：直线电话共受理来电 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hotline calls by the unit they went to</source>
        <translation>直线电话来电（按承办单位）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Supervision figures</source>
        <translation>督查统计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed on time</source>
        <translation>按期办结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-time rate</source>
        <translation>按期办结率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>办复</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer rate</source>
        <translation>办复率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfied rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Solved rate</source>
        <translation>办成率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Average days to close</source>
        <translation>平均办结天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extensions granted</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not assigned</source>
        <translation>未交办</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1. Due: the deadline falls in the period; on time: closed by the end of the deadline&apos;s day; received: registered in the period; answered: of those, closed. Tasks split into sub-tasks count through their sub-tasks.</source>
        <translation>%1。到期：办理时限在本期间内；按期：在时限当日结束前销号；受理：本期间内登记；办复：其中已销号。已分解的任务按其子任务统计。</translation>
    </message>
</context>
<context>
    <name>gw::SupervisionService</name>
    <message>
        <location filename="../core/services/SupervisionQueries.cpp" line="+120"/>
        <source>The file is not among the matter&apos;s.</source>
        <translation>该文件不属于本事项。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” no longer matches the file that was stored: it has been altered or damaged.</source>
        <translation>“%1”与原存文件不一致：已被篡改或损坏。</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Choose a period whose first day is not after its last.</source>
        <translation>请选择起始日期不晚于截止日期的时间段。</translation>
    </message>
    <message>
        <location filename="../core/services/SupervisionRegistration.cpp" line="+44"/>
        <source>The deadline %1 lies in the past.</source>
        <translation>办理时限%1已过。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deadline lies more than three years ahead; check the year.</source>
        <translation>办理时限超过三年以后，请核对年份。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what the caller said</source>
        <translation>来电内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the instruction or request</source>
        <translation>批示或诉求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the call&apos;s category</source>
        <translation>来电类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please fill in %1.</source>
        <translation>请填写%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title or the text is too long.</source>
        <translation>标题或内容过长。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose whether it is a deputy&apos;s suggestion or a member&apos;s proposal.</source>
        <translation>请选择是人大代表建议还是政协委员提案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the level: province, city or district.</source>
        <translation>请选择级别：省、市或区。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the class: A, B (承诺办理件) or C.</source>
        <translation>请选择答复类别：A类、B类（承诺办理件）或C类。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the time of the call.</source>
        <translation>请输入来电时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time of the call lies in the future.</source>
        <translation>来电时间晚于当前时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time of the call lies before 1980; check the year.</source>
        <translation>来电时间早于1980年，请核对年份。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A call outside the scope is not transferred and has no deadline: the caller is told where to go.</source>
        <translation>不属于受理范围的来电不转办、不设办理时限：告知来电人应向何处反映。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the leader concerned from the list of leaders.</source>
        <translation>请从领导名单中选择涉及领导。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s clearance does not cover the matter&apos;s secrecy level.</source>
        <translation>%1的涉密等级不足以查看本事项的密级。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the lead unit from the directory.</source>
        <translation>请从单位名录中选择牵头单位。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A unit is named twice among the lead and assisting units.</source>
        <translation>牵头单位和协办单位中有单位重复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the assisting units from the directory.</source>
        <translation>请从单位名录中选择协办单位。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A new matter starts at registration (立项).</source>
        <translation>新事项须从立项开始。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The instruction on this document is tracked already (matter %1).</source>
        <translation>该文的批示已在跟踪中（事项%1）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The incoming document does not exist or is not visible to you.</source>
        <translation>该来文不存在或您无权查看。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The document carries no leader&apos;s instruction yet: enter the instruction as written.</source>
        <translation>该文尚无领导批示：请输入批示原文。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter at least one decided item.</source>
        <translation>请至少输入一项议定事项。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Item %1: %2</source>
        <translation>第%1项：%2</translation>
    </message>
    <message>
        <location filename="../core/services/SupervisionService.cpp" line="+66"/>
        <source>You may not do this (%1) to the matter: it is done by %2.</source>
        <translation>您无权对本事项执行此操作（%1）：该操作由%2执行。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The text is too long.</source>
        <translation>内容过长。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the lead unit (牵头单位).</source>
        <translation>请选择牵头单位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the deadline (办理时限).</source>
        <translation>请设定办理时限。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter at least one sub-task.</source>
        <translation>请至少输入一个子任务。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sub-task %1: %2</source>
        <translation>子任务%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sub-task %1: its deadline lies after the task&apos;s (%2).</source>
        <translation>子任务%1：其办理时限晚于主任务的办理时限（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sub-task %1: choose its lead unit and deadline.</source>
        <translation>子任务%1：请选择牵头单位和办理时限。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Write what the unit reported, or attach its file.</source>
        <translation>请填写单位反馈内容，或添加其反馈文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The progress cannot be as of a day still to come.</source>
        <translation>进展日期不能晚于今天。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write what the report of completion says.</source>
        <translation>请填写办结报告内容。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the unit&apos;s reason for the extension.</source>
        <translation>请填写单位申请延期的理由。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new deadline must lie after the present one (%1).</source>
        <translation>新办理时限须晚于现办理时限（%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new deadline lies more than a year after the present one; check the year.</source>
        <translation>新办理时限比现办理时限晚一年以上，请核对年份。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give the reason for refusing the extension.</source>
        <translation>请填写不同意延期的理由。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give the reason for sending the matter back (退办).</source>
        <translation>请填写退办理由。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter the reply to the deputy or member (答复).</source>
        <translation>请输入对代表或委员的答复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the answer given to the caller.</source>
        <translation>请输入答复来电人的内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record whether the deputy or member was satisfied.</source>
        <translation>请记录代表或委员是否满意。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record whether the caller was satisfied.</source>
        <translation>请记录来电人是否满意。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record whether the matter was solved (办成).</source>
        <translation>请记录事项是否办成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of the reply lies in the future.</source>
        <translation>答复日期晚于今天。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose how the unit was urged.</source>
        <translation>请选择催办方式。</translation>
    </message>
</context>
<context>
    <name>gw::TriageDialog</name>
    <message>
        <location filename="../ui/incoming/TriageDialog.cpp" line="+38"/>
        <source>Triage (初审) — %1</source>
        <translation>初审 — %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What the document says</source>
        <translation>来文内容要点</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Touches other towns or departments</source>
        <translation>涉及其他镇（街道）或部门</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Development plan, reform or new policy</source>
        <translation>发展规划、改革或新出台政策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law requires the district government&apos;s approval</source>
        <translation>法规规定须由区政府审批</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Must be reported upward</source>
        <translation>须向上级报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every town and department must know or act</source>
        <translation>各镇（街道）、部门须普遍知晓或执行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City or province document to forward</source>
        <translation>须转发的市、省来文</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exception: a real emergency</source>
        <translation>例外：确属紧急</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exception: a complex matter for a leader&apos;s review</source>
        <translation>例外：复杂事项请求领导审定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exception: a leader has already instructed</source>
        <translation>例外：领导已有批示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exception: a leader asked for direct submission</source>
        <translation>例外：领导要求直接报送</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no single competent department)</source>
        <translation>（无单一主管部门）</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>… not consulted, or a disagreement the request does not state</source>
        <translation>……未经协商，或意见不一致而请示中未写明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… consulted, and they agreed</source>
        <translation>……已协商一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… consulted without agreement, each side&apos;s view stated</source>
        <translation>……协商未取得一致，已写明各方意见</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To a leader personally: states a special reason</source>
        <translation>直报领导个人：已注明特殊原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The party&apos;s own work (党的工作)</source>
        <translation>属党的工作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs review by the party committee&apos;s organisation, propaganda or united-front department first</source>
        <translation>须先经区委组织、宣传、统战等部门审核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>… that department has reviewed it</source>
        <translation>……已经区委有关部门审核</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… with the competent department&apos;s review opinion (主管部门审核意见)</source>
        <translation>……附有主管部门审核意见</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Within the powers of:</source>
        <translation>职权所属部门(&amp;W)：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Decision:</source>
        <translation>处理意见：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(choose the leader concerned)</source>
        <translation>（请选择分管领导）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Transfer: copy to the &amp;leader concerned:</source>
        <translation>转办抄送分管领导(&amp;L)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reason (required for a transfer, a return, or a decision other than the proposal)</source>
        <translation>理由（转办、退文或与建议不一致时必填）</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+146"/>
        <source>&amp;Confirm</source>
        <translation>确定(&amp;C)</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Proposed: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>建议：&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Give the reason for deciding otherwise than the rules propose.</source>
        <translation>不按规则建议作出决定的，请说明理由。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the reason for the transfer or return.</source>
        <translation>请说明转办或退文的理由。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decision: %1.</source>
        <translation>决定：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: %1.</source>
        <translation>转至：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise than the rules propose (%1: %2).</source>
        <translation>与规则建议不同（建议%1：%2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm the triage decision</source>
        <translation>确认初审决定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Back to the form</source>
        <translation>返回修改(&amp;B)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notice of return (退文通知)</source>
        <translation>退文通知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notice of transfer (转办告知单)</source>
        <translation>转办告知单</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>退文通知 — %1.pdf</source>
        <translation>退文通知 — %1.pdf</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The secretariat (秘书科) can reverse the decision, with a reason, until the next step has started.</source>
        <translation>在下一环节开始前，秘书科可说明理由撤回该决定。</translation>
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
        <translation>公文工作台的此功能尚未开放。</translation>
    </message>
</context>
<context>
    <name>gw::UnitDialog</name>
    <message>
        <location filename="../ui/admin/UnitDialog.cpp" line="+25"/>
        <source>New unit</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit unit</source>
        <translation>编辑单位</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Standard abbreviation, used in 抄送</source>
        <translation>规范简称，用于抄送</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Key enterprise supported by the district (exempt from the skip-level rule)</source>
        <translation>区重点扶持企业（不受越级行文规则限制）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full &amp;name:</source>
        <translation>全称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Abbreviation:</source>
        <translation>简称(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;perior unit:</source>
        <translation>上级单位(&amp;P)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>“%1” is not in the directory. Choose the superior unit from the list.</source>
        <translation>单位名录中没有“%1”。请从列表中选择上级单位。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Now saved: %1, abbreviation %2, %3. Press Save again to replace it with your input.</source>
        <translation>当前已保存的内容：%1，简称“%2”，%3。再次点击“保存”将以您输入的内容替换。</translation>
    </message>
</context>
<context>
    <name>gw::UnitDirectoryPage</name>
    <message>
        <location filename="../ui/admin/UnitDirectoryPage.cpp" line="+36"/>
        <source>Search name or abbreviation (Ctrl+F)</source>
        <translation>搜索名称或简称（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show retired</source>
        <translation>显示已撤销单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New unit…</source>
        <translation>新增单位(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retire / restore</source>
        <translation>撤销/恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Retire the unit</source>
        <translation>停用单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retire %1? It stays in the records and in documents already registered, but is no longer offered for new ones.</source>
        <translation>停用%1？该单位仍保留在记录和已登记的文件中，但不再供新文件选用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>gw::UnitModel</name>
    <message>
        <location filename="../ui/admin/UnitModel.cpp" line="+39"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retired</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abbreviation</source>
        <translation>简称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superior unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key enterprise</source>
        <translation>重点企业</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>gw::UnitService</name>
    <message>
        <location filename="../core/services/UnitService.cpp" line="+21"/>
        <source>Enter the unit&apos;s full name.</source>
        <translation>请输入单位全称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The unit&apos;s name is longer than %1 characters.</source>
        <translation>单位名称超过 %1 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The abbreviation is longer than %1 characters.</source>
        <translation>简称超过 %1 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an enterprise or institution can be a key enterprise.</source>
        <translation>只有企事业单位才能设为重点企业。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The directory already has a unit named “%1”.</source>
        <translation>单位名录中已有名为“%1”的单位。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A unit cannot be its own superior, directly or through other units.</source>
        <translation>单位不能直接或间接成为自身的上级单位。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The chosen superior unit does not exist.</source>
        <translation>所选的上级单位不存在。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The unit no longer exists.</source>
        <translation>该单位已不存在。</translation>
    </message>
</context>
<context>
    <name>gw::UserAdminPage</name>
    <message>
        <location filename="../ui/admin/UserAdminPage.cpp" line="+31"/>
        <source>&amp;New account…</source>
        <translation>新增账号(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;password…</source>
        <translation>重置密码(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unlock</source>
        <translation>解除锁定(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lift the lock that failed passwords put on the account.</source>
        <translation>解除因多次输错密码而对账户施加的锁定。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 (%2) can log in again.</source>
        <translation>%1（%2）已可以重新登录。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Reset the password of %1 (%2)? Their current password stops working at once.</source>
        <translation>重置%1（%2）的密码？其当前密码将立即失效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New password for %1 (at least %2 characters):</source>
        <translation>%1 的新密码（至少 %2 个字符）：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The password of %1 is reset. They choose their own at the next log-in.</source>
        <translation>已重置 %1 的密码。其下次登录时须设置自己的密码。</translation>
    </message>
</context>
<context>
    <name>gw::UserDialog</name>
    <message>
        <location filename="../ui/admin/UserDialog.cpp" line="+30"/>
        <source>New account</source>
        <translation>新增账号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>District head (区长): signs upward documents of the district government</source>
        <translation>区长：签发区政府上行文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account may log in</source>
        <translation>允许该账号登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full &amp;name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not recorded)</source>
        <translation>（未登记）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Works in:</source>
        <translation>所在单位(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clearance:</source>
        <translation>涉密等级(&amp;C)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Posts and clearances are given by the security officer (安全保密管理员).</source>
        <translation>岗位和涉密等级由安全保密管理员分配。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Now saved: %1, %2. Press Save again to replace it with your input.</source>
        <translation>当前已保存的内容：%1，%2。再次点击“保存”将以您输入的内容替换。</translation>
    </message>
</context>
<context>
    <name>gw::UserModel</name>
    <message>
        <location filename="../ui/admin/UserModel.cpp" line="+37"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Locked until %1 (failed passwords)</source>
        <translation>已锁定至 %1（密码输错次数过多）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active — password to change at the next log-in</source>
        <translation>启用 — 下次登录须修改密码</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posts</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clearance</source>
        <translation>涉密等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>District head</source>
        <translation>区长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>gw::UserService</name>
    <message>
        <location filename="../core/services/UserService.cpp" line="+179"/>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>At least one active account must keep the %1 post.</source>
        <translation>至少须有一个启用的账户担任%1岗位。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The account does not exist.</source>
        <translation>该账户不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account “%1” is not locked.</source>
        <translation>账户“%1”未被锁定。</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+64"/>
        <location line="+29"/>
        <source>Not enough memory to protect the password.</source>
        <translation>内存不足，无法保护密码。</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Posts and clearances are given by the security officer. Create the account without them; the security officer assigns them.</source>
        <translation>岗位和涉密等级由安全保密管理员分配。请先创建不含岗位和等级的账户，再由安全保密管理员分配。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The user name “%1” is taken.</source>
        <translation>用户名“%1”已被占用。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Names, units and the state of accounts are changed by the system administrator.</source>
        <translation>账户的姓名、所在单位和启用状态由系统管理员修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posts and clearances are given by the security officer.</source>
        <translation>岗位和涉密等级由安全保密管理员分配。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accounts are changed by the system administrator and the security officer.</source>
        <translation>账户由系统管理员和安全保密管理员修改。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
</context>
<context>
    <name>gw::Workstation</name>
    <message>
        <location filename="../ui/app/Workstation.cpp" line="+13"/>
        <source>Cannot create a temporary folder for the demonstration database.</source>
        <translation>无法为演示数据库创建临时文件夹。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of %1 on the database server %2:</source>
        <translation>%1 在数据库服务器 %2 上的密码：</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Demonstration database: every account (admin, security, auditor, clerk, drafter, reviewer, leader, printer, reader …) has the password %1.</source>
        <translation>演示数据库：所有账户（admin、security、auditor、clerk、drafter、reviewer、leader、printer、reader 等）的密码均为 %1。</translation>
    </message>
</context>
<context>
    <name>gw::archiving</name>
    <message>
        <location filename="../core/services/ArchiveAssembly.cpp" line="+63"/>
        <source>The document&apos;s PDF cannot be opened, so it cannot be archived: %1</source>
        <translation>无法打开该文件的 PDF，不能归档：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The record “%1” could not be written as PDF: %2</source>
        <translation>无法将“%1”记录生成 PDF：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The forwarded incoming item does not exist or is not visible to you.</source>
        <translation>被转发的收文不存在，或您无权查看。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not done with: what a document forwards is archived with it once its handling is finished.</source>
        <translation>“%1”尚未办结：被转发的文件须办理完毕后才能随转发文一并归档。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The document does not exist or is not visible to you.</source>
        <translation>该文件不存在，或您无权查看。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not waiting to be archived: only a document released by the first reader is.</source>
        <translation>“%1”不在待归档状态：只有经第一读者放行的文件才能归档。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” has no printed copy that the first reader passed; it cannot be archived.</source>
        <translation>“%1”没有经第一读者校核通过的印制件，不能归档。</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The incoming item does not exist or is not visible to you.</source>
        <translation>该收文不存在，或您无权查看。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not done with: an incoming item is archived once its reply is recorded.</source>
        <translation>“%1”尚未办结：收文须在登记答复后方可归档。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” has no PDF of the document; scan it to PDF and add it to the item before archiving.</source>
        <translation>“%1”没有文件的 PDF；请先扫描为 PDF 并添加到该件中，再进行归档。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The office is not set up: its fonds number (全宗号) is unknown.</source>
        <translation>本单位尚未完成设置：全宗号未知。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only a document the office issued forwards another.</source>
        <translation>只有本单位发出的文件才能转发其他文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The item has no document to stamp.</source>
        <translation>该件没有可加盖印章的文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first page has no blank space for the archival stamp (归档章) at its top; it was put where it covers the least text.</source>
        <translation>首页上方没有加盖归档章的空白处，已将归档章加盖在遮挡文字最少的位置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The archival stamp (归档章) could not be put on the copy: %1</source>
        <translation>无法在副本上加盖归档章：%1</translation>
    </message>
</context>
<context>
    <name>gw::privatefiles</name>
    <message>
        <location filename="../core/storage/PrivateFiles.cpp" line="-56"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot make the folder %1 private to its owner.</source>
        <translation>无法将文件夹 %1 设为仅所有者可访问。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 can be read by other users of this computer, and its permissions cannot be changed. Ask the computer&apos;s administrator to make it readable by its owner only.</source>
        <translation>%1 可被本机其他用户读取，且无法修改其权限。请联系计算机管理员将其设为仅所有者可读。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+41"/>
        <source>Gongwen Desk: the secretariat&apos;s workstation.</source>
        <translation>公文工作台：秘书科工作台。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>verify: check the audit chain; demo: fill an empty database with a demonstration office; backup: write a backup of the records and their files; restore: put a backup back; reindex: build the search index again; search: find documents as an account; pdf-worker: the sandboxed process the workstation opens PDF files in (started by the workstation itself).</source>
        <translation>verify：检查审计链；demo：在空数据库中建立演示办公室；backup：备份记录及其文件；restore：恢复备份；reindex：重新建立搜索索引；search：以某一账户的身份查找文件；pdf-worker：工作台打开 PDF 文件所用的隔离进程（由工作台自行启动）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>search: what to look for.</source>
        <translation>search：要查找的内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database address: sqlite:///path/file.db or postgresql://user@host:port/database.</source>
        <translation>数据库地址：sqlite:///path/file.db 或 postgresql://user@host:port/database。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the workstation on a fresh demonstration database.</source>
        <translation>使用全新的演示数据库打开工作台。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the interface: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>verify: check the audit chain against checkpoints signed with the auditor&apos;s public key in this file (instead of the one pinned on this workstation).</source>
        <translation>verify：用此文件中的审计员公钥（而非本工作站固定的公钥）校验审计链检查点。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backup: the backup file to write.</source>
        <translation>backup：要写入的备份文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restore: the backup file to read.</source>
        <translation>restore：要读取的备份文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restore: overwrite a database that holds records.</source>
        <translation>restore：覆盖已有数据的数据库。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>search: the account that searches (its password is asked for, or read from standard input).</source>
        <translation>search：进行搜索的账户（会询问其密码，或从标准输入读取）。</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
</context>
</TS>
