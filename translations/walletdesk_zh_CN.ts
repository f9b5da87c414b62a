<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ActionTexts</name>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Password reset code</source>
        <translation>密码重置验证码</translation>
    </message>
    <message>
        <source>Sign-out of all devices</source>
        <translation>退出所有设备</translation>
    </message>
    <message>
        <source>Two-factor reset</source>
        <translation>重置双重验证</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>调查</translation>
    </message>
    <message>
        <source>Refund request</source>
        <translation>退款申请</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1：已完成</translation>
    </message>
    <message>
        <source>%1: awaiting a supervisor&apos;s approval</source>
        <translation>%1：等待组长审批</translation>
    </message>
    <message>
        <source>%1: approved by a supervisor</source>
        <translation>%1：组长已批准</translation>
    </message>
    <message>
        <source>%1: rejected by a supervisor (%2)</source>
        <translation>%1：组长已驳回（%2）</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>解除冻结</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Failed to sign in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Opened account</source>
        <translation>查看账户</translation>
    </message>
    <message>
        <source>Read the transaction log</source>
        <translation>查看交易记录</translation>
    </message>
    <message>
        <source>Read the account&apos;s calls</source>
        <translation>查看账户的通话记录</translation>
    </message>
    <message>
        <source>Read the account&apos;s complaints</source>
        <translation>查看账户的投诉</translation>
    </message>
    <message>
        <source>Read the account&apos;s actions</source>
        <translation>查看账户的操作记录</translation>
    </message>
    <message>
        <source>Opened a transaction</source>
        <translation>查看交易详情</translation>
    </message>
    <message>
        <source>Started verifying the caller</source>
        <translation>开始验证来电人身份</translation>
    </message>
    <message>
        <source>Caller verified</source>
        <translation>来电人身份已验证</translation>
    </message>
    <message>
        <source>Wrong verification answer</source>
        <translation>验证答案错误</translation>
    </message>
    <message>
        <source>Verification stopped: too many attempts</source>
        <translation>验证尝试次数过多，已停止</translation>
    </message>
    <message>
        <source>Unlocked the account</source>
        <translation>解锁账户</translation>
    </message>
    <message>
        <source>Sent a password reset code</source>
        <translation>发送密码重置验证码</translation>
    </message>
    <message>
        <source>Signed out all devices</source>
        <translation>下线所有设备</translation>
    </message>
    <message>
        <source>Asked for a two-factor reset</source>
        <translation>申请重置双重验证</translation>
    </message>
    <message>
        <source>Opened a payment investigation</source>
        <translation>发起支付调查</translation>
    </message>
    <message>
        <source>Asked for a refund</source>
        <translation>申请退款</translation>
    </message>
    <message>
        <source>Approved a request</source>
        <translation>批准申请</translation>
    </message>
    <message>
        <source>Rejected a request</source>
        <translation>驳回申请</translation>
    </message>
    <message>
        <source>Logged a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Assigned a complaint</source>
        <translation>分派投诉</translation>
    </message>
    <message>
        <source>Escalated a complaint</source>
        <translation>升级投诉</translation>
    </message>
    <message>
        <source>Extended a complaint&apos;s deadline</source>
        <translation>延长投诉办结期限</translation>
    </message>
    <message>
        <source>Resolved a complaint</source>
        <translation>办结投诉</translation>
    </message>
    <message>
        <source>Reopened a complaint</source>
        <translation>重新打开投诉</translation>
    </message>
    <message>
        <source>Added a note to a complaint</source>
        <translation>添加投诉备注</translation>
    </message>
    <message>
        <source>Wrapped up a call</source>
        <translation>完成通话小结</translation>
    </message>
    <message>
        <source>Scheduled a callback</source>
        <translation>预约回电</translation>
    </message>
    <message>
        <source>Moved a callback</source>
        <translation>改约回电</translation>
    </message>
    <message>
        <source>Made a callback</source>
        <translation>完成回电</translation>
    </message>
    <message>
        <source>Cancelled a callback</source>
        <translation>取消回电</translation>
    </message>
    <message>
        <source>Changed the reference data</source>
        <translation>修改参考数据</translation>
    </message>
    <message>
        <source>Sign-ins (all)</source>
        <translation>登录（全部）</translation>
    </message>
    <message>
        <source>Account reads (all)</source>
        <translation>查看账户（全部）</translation>
    </message>
    <message>
        <source>Caller verification (all)</source>
        <translation>验证来电人身份（全部）</translation>
    </message>
    <message>
        <source>Account actions (all)</source>
        <translation>账户操作（全部）</translation>
    </message>
    <message>
        <source>Approvals (all)</source>
        <translation>审批（全部）</translation>
    </message>
    <message>
        <source>Complaints (all)</source>
        <translation>投诉（全部）</translation>
    </message>
    <message>
        <source>Callbacks (all)</source>
        <translation>回电（全部）</translation>
    </message>
    <message>
        <source>Done at once.</source>
        <translation>已立即完成。</translation>
    </message>
    <message>
        <source>Awaiting a supervisor&apos;s approval.</source>
        <translation>待组长审批。</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>已批准。</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>已驳回。</translation>
    </message>
    <message>
        <source>Request: %1.</source>
        <translation>所审申请：%1。</translation>
    </message>
    <message>
        <source>Too many failed attempts: signing in is locked for a while.</source>
        <translation>失败次数过多，登录已暂时锁定。</translation>
    </message>
    <message>
        <source>Wrap-up: %1.</source>
        <translation>小结：%1。</translation>
    </message>
    <message>
        <source>Complaint no. %1.</source>
        <translation>投诉编号 %1。</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>分派给 %1。</translation>
    </message>
    <message>
        <source>Resolution: %1.</source>
        <translation>办结方式：%1。</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Order number %1.</source>
        <translation>订单号 %1。</translation>
    </message>
    <message>
        <source>A code was sent by SMS.</source>
        <translation>已发送短信验证码。</translation>
    </message>
    <message>
        <source>Security questions were asked.</source>
        <translation>已提问安全问题。</translation>
    </message>
    <message>
        <source>Saved as revision %1.</source>
        <translation>已保存为第 %1 次修订。</translation>
    </message>
    <message>
        <source>Call %1 back at %2 (%3).</source>
        <translation>于 %2（%3）回电 %1。</translation>
    </message>
</context>
<context>
    <name>CalendarTexts</name>
    <message>
        <source>Holiday</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>%1 holidays and %2 make-up working days.</source>
        <translation>%1 天放假，%2 天调休上班。</translation>
    </message>
    <message>
        <source>The list holds no holiday.</source>
        <translation>清单中没有任何节假日。</translation>
    </message>
    <message>
        <source>a date must be written yyyy-MM-dd and exist</source>
        <translation>日期须写成 yyyy-MM-dd 且真实存在</translation>
    </message>
    <message>
        <source>the line must end with 休, 放假, 班 or 上班</source>
        <translation>行末须为 休、放假、班 或 上班</translation>
    </message>
    <message>
        <source>the holiday&apos;s name is missing</source>
        <translation>缺少节日名称</translation>
    </message>
    <message>
        <source>the name is longer than 40 characters</source>
        <translation>名称超过 40 个字</translation>
    </message>
    <message>
        <source>a range must run forwards and last at most 31 days</source>
        <translation>日期范围须从前到后且不超过 31 天</translation>
    </message>
    <message>
        <source>make-up working days are listed one line each, not as a range</source>
        <translation>调休上班日须每行一天，不能写成范围</translation>
    </message>
    <message>
        <source>a date is listed twice</source>
        <translation>有日期重复出现</translation>
    </message>
    <message>
        <source>Line %1 cannot be read (%2): %3</source>
        <translation>第 %1 行无法识别（%2）：%3</translation>
    </message>
</context>
<context>
    <name>CallGuide</name>
    <message>
        <source>Cannot sign in</source>
        <translation>无法登录</translation>
    </message>
    <message>
        <source>Payment problem</source>
        <translation>支付问题</translation>
    </message>
    <message>
        <source>Account security</source>
        <translation>账户安全</translation>
    </message>
    <message>
        <source>Withdrawal not arrived</source>
        <translation>提现未到账</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Find the caller&apos;s account (Ctrl+K) and open it.</source>
        <translation>查找来电人的账户（Ctrl+K）并打开。</translation>
    </message>
    <message>
        <source>Verify the caller (SMS code or security question) before giving any account detail.</source>
        <translation>在透露任何账户信息之前，先核验来电人身份（短信验证码或安全问题）。</translation>
    </message>
    <message>
        <source>Caller verified.</source>
        <translation>来电人已核验。</translation>
    </message>
    <message>
        <source>Ask what the app says when signing in: wrong password, no code received, account locked, or a new phone.</source>
        <translation>询问登录时应用的提示：密码错误、收不到验证码、账户被锁定，还是换了新手机。</translation>
    </message>
    <message>
        <source>The account is locked: %1. Once the caller is verified, unlock it (Unlock).</source>
        <translation>账户已锁定：%1。来电人核验通过后即可解锁（解锁）。</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>未记录原因</translation>
    </message>
    <message>
        <source>The account is frozen (%1). Do not promise an unlock: the risk team decides. Offer a complaint if the caller disagrees.</source>
        <translation>账户已冻结（%1）。不要承诺解冻：由风控团队决定。来电人有异议时可为其登记投诉。</translation>
    </message>
    <message>
        <source>The account is not locked.</source>
        <translation>账户未锁定。</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) in the last 24 hours; the latest %1 on %2 in %3: %4.</source>
        <translation>
            <numerusform>最近 24 小时登录失败 %n 次；最近一次 %1，设备 %2，地点 %3：%4。</numerusform>
        </translation>
    </message>
    <message>
        <source>No failed sign-in in the last 24 hours: the app may not reach our servers; ask for the error text.</source>
        <translation>最近 24 小时没有登录失败：应用可能连不上服务器，请询问具体的错误提示。</translation>
    </message>
    <message>
        <source>Forgotten password: send a reset code to the registered phone (Reset password).</source>
        <translation>忘记密码：向注册手机号发送重置验证码（重置密码）。</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on. If the caller lost the phone that gets the codes, request a two-factor reset; a supervisor approves it.</source>
        <translation>已开启双重验证登录。来电人若丢失接收验证码的手机，可申请重置双重验证，需组长审批。</translation>
    </message>
    <message>
        <source>Stay on the line while the caller signs in again.</source>
        <translation>请保持通话，直到来电人重新登录成功。</translation>
    </message>
    <message>
        <source>Ask for the order number, or the time and amount, and find the payment in the Transactions tab.</source>
        <translation>询问订单号，或时间和金额，并在“交易”页中找到该笔支付。</translation>
    </message>
    <message>
        <source>Loading the latest payments…</source>
        <translation>正在加载最近的支付…</translation>
    </message>
    <message>
        <source>the reversal date</source>
        <translation>冲正日</translation>
    </message>
    <message numerus="yes">
        <source>None of the latest %n payments failed, is stuck or was charged twice.</source>
        <translation>
            <numerusform>最近 %n 笔支付中没有失败、卡单或重复扣款。</numerusform>
        </translation>
    </message>
    <message>
        <source>If the caller is not satisfied, log a complaint linked to the order.</source>
        <translation>来电人不满意时，登记一条关联该订单的投诉。</translation>
    </message>
    <message>
        <source>Remind the caller: we never ask for passwords or codes; nobody should be told them.</source>
        <translation>提醒来电人：我们绝不会索要密码或验证码，不要告诉任何人。</translation>
    </message>
    <message>
        <source>Not signed in on any device.</source>
        <translation>没有在任何设备上登录。</translation>
    </message>
    <message numerus="yes">
        <source>Signed in on: %1 (%n not trusted). Ask whether the caller knows each one.</source>
        <translation>
            <numerusform>已登录的设备：%1（其中 %n 台未受信任）。逐一询问来电人是否认识。</numerusform>
        </translation>
    </message>
    <message>
        <source>No failed sign-in among the recent attempts.</source>
        <translation>最近的登录尝试中没有失败。</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) among the recent attempts, from: %1.</source>
        <translation>
            <numerusform>最近的登录尝试中有 %n 次失败，来自：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything the caller does not recognise: sign out all devices (Sign out devices) and send a password reset code.</source>
        <translation>来电人有任何不认识的记录：退出所有设备（退出设备），并发送密码重置验证码。</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off: suggest turning it on in the app&apos;s security settings.</source>
        <translation>双重验证登录未开启：建议来电人在应用的安全设置中开启。</translation>
    </message>
    <message>
        <source>Ask about payments the caller did not make; open an investigation for each one in the Transactions tab.</source>
        <translation>询问是否有来电人本人未做的支付；在“交易”页中为每一笔发起调查。</translation>
    </message>
    <message>
        <source>Loading the latest withdrawals…</source>
        <translation>正在加载最近的提现…</translation>
    </message>
    <message>
        <source>%1 failed (%2); the money stayed in the wallet balance.</source>
        <translation>%1 失败（%2）；款项仍在钱包余额中。</translation>
    </message>
    <message>
        <source>%1 was returned to the wallet balance.</source>
        <translation>%1 已退回钱包余额。</translation>
    </message>
    <message>
        <source>%1: no expected arrival day is known; open an investigation.</source>
        <translation>%1：没有预计到账日期；请发起调查。</translation>
    </message>
    <message>
        <source>%1 is on time: it reaches the card by %2 (working days; weekends and public holidays do not count).</source>
        <translation>%1 未逾期：将在 %2 前到账（按工作日计算，周末和法定节假日不计）。</translation>
    </message>
    <message>
        <source>The log has no withdrawal; ask whether the caller means a transfer.</source>
        <translation>交易记录中没有提现；询问来电人是否指的是转账。</translation>
    </message>
    <message>
        <source>Ask the caller to check the card&apos;s statement at the bank, not only the bank app&apos;s notifications.</source>
        <translation>请来电人向银行查询银行卡流水，而不只看银行应用的通知。</translation>
    </message>
    <message>
        <source>No open complaint on this account.</source>
        <translation>该账户没有未结的投诉。</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) still open on this account; the earliest is due %1. Add to it rather than log the same one twice.</source>
        <translation>
            <numerusform>该账户有 %n 条投诉未结；最早的在 %1 到期。请在原投诉上补充，不要重复登记。</numerusform>
        </translation>
    </message>
    <message>
        <source>Let the caller finish; note what happened and what the caller wants.</source>
        <translation>让来电人说完；记录发生了什么以及来电人的诉求。</translation>
    </message>
    <message>
        <source>Select the transactions in question in the Transactions tab so the complaint links them.</source>
        <translation>在“交易”页中选中相关交易，投诉会关联它们。</translation>
    </message>
    <message>
        <source>Log the complaint (Log complaint) with its category and severity.</source>
        <translation>登记投诉（登记投诉），填写类别和严重程度。</translation>
    </message>
    <message>
        <source>Tell the caller the deadline the form shows and read back the complaint number.</source>
        <translation>告诉来电人表单显示的处理期限，并复述投诉编号。</translation>
    </message>
    <message>
        <source>%1 was paid out and reached the card by %2; ask the caller to check with the bank.</source>
        <translation>%1 已付出，应已于 %2 前到账；请来电人向银行核实。</translation>
    </message>
    <message>
        <source>%1 is still pending; it should have reached the card by %2 and is late: open an investigation.</source>
        <translation>%1 仍在处理中；应在 %2 前到账，现已逾期：请发起调查。</translation>
    </message>
    <message>
        <source>Order %1 (%2, %3) failed but the money was taken, and the reversal due %4 is late: open an investigation.</source>
        <translation>订单 %1（%2，%3）支付失败但已扣款，应于 %4 前冲正，现已逾期：请发起调查。</translation>
    </message>
    <message>
        <source>Order %1 (%2, %3) failed but the money was taken: it returns to the balance by %4.</source>
        <translation>订单 %1（%2，%3）支付失败但已扣款：款项将在 %4 前退回余额。</translation>
    </message>
    <message>
        <source>Order %1 (%2, %3) failed and no money was taken (%4): the caller can simply pay again.</source>
        <translation>订单 %1（%2，%3）支付失败且未扣款（%4）：来电人可直接重新支付。</translation>
    </message>
    <message>
        <source>Order %1 (%2, %3) has been pending since %4: open an investigation.</source>
        <translation>订单 %1（%2，%3）自 %4 起一直处理中：请发起调查。</translation>
    </message>
    <message>
        <source>Orders %1 and %2 charged %3 at %4 twice within ten minutes: if the caller bought once, open a refund request for %1.</source>
        <translation>订单 %1 和 %2 在十分钟内于 %4 两次扣款 %3：若来电人只购买了一次，请为 %1 提交退款申请。</translation>
    </message>
    <message>
        <source>Withdrawal %1 of %2 on %3 to %4 card %5</source>
        <translation>提现 %1，%2，%3 提至 %4 卡 %5</translation>
    </message>
</context>
<context>
    <name>ComplaintStep</name>
    <message>
        <source>assign</source>
        <translation>分派</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>extend the deadline</source>
        <translation>延长期限</translation>
    </message>
</context>
<context>
    <name>ConsoleSettings</name>
    <message>
        <source>Server address, https://host:port.</source>
        <translation>服务器地址，格式为 https://主机:端口。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Extra CA certificate file (PEM) to trust.</source>
        <translation>额外信任的 CA 证书文件（PEM 格式）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Expected SHA-256 of the server&apos;s public key, base64.</source>
        <translation>服务器公钥的 SHA-256 指纹（base64）。</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Lock the console after this many idle seconds.</source>
        <translation>空闲多少秒后锁定控制台。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Start a call from this caller number.</source>
        <translation>以此来电号码开始一通来电。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>--idle-lock must be between 30 and 86400 seconds.</source>
        <translation>--idle-lock 必须在 30 到 86400 秒之间。</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation>服务器地址“%1”不是有效的网址。</translation>
    </message>
    <message>
        <source>The server address must start with https://; WalletDesk never talks to a server unencrypted.</source>
        <translation>服务器地址必须以 https:// 开头；WalletDesk 从不与服务器进行未加密的通信。</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>无法读取 CA 文件 %1。</translation>
    </message>
    <message>
        <source>The public-key pin must be a base64 SHA-256 digest (44 characters).</source>
        <translation>公钥指纹必须是 base64 编码的 SHA-256 摘要（44 个字符）。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use zh_CN or en.</source>
        <translation>未知语言“%1”；请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>--%1 cannot be used on this computer: it is set for every user in %2.</source>
        <translation>此电脑上不能使用 --%1：该设置已由 %2 为所有用户统一设定。</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CursorPages</name>
    <message>
        <source>The server&apos;s answer cannot be read (%1).</source>
        <translation>无法读取服务器的应答（%1）。</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>此期间没有数据。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>充值</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>提现</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转账</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已冲正</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>不到 1 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Beijing time</source>
        <translation>北京时间</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>WalletDesk</source>
        <translation>WalletDesk</translation>
    </message>
    <message>
        <source>A tel: link (as a softphone opens it): starts a call from that caller, as --call does.</source>
        <translation>tel: 链接（软电话打开的那种）：以该来电号码开始通话，与 --call 相同。</translation>
    </message>
    <message>
        <source>Give either --call or a tel: link, not both.</source>
        <translation>请给出 --call 或 tel: 链接，不能同时给出。</translation>
    </message>
    <message>
        <source>Only one tel: link at a time: %1</source>
        <translation>一次只能打开一个 tel: 链接：%1</translation>
    </message>
    <message>
        <source>Not a tel: link: %1</source>
        <translation>不是 tel: 链接：%1</translation>
    </message>
    <message>
        <source>Not a telephone number: %1</source>
        <translation>不是电话号码：%1</translation>
    </message>
</context>
<context>
    <name>RiskContextText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>账户 %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 asks for: %2, on %3</source>
        <translation>%1 申请：%3 的%2</translation>
    </message>
    <message>
        <source>Warning: sign-ins failed on a device the customer does not trust, and now this %1 is asked for. This is how a taken-over account is finished off; speak to the customer on their registered number before approving.</source>
        <translation>警告：该账户在不受信任的设备上登录失败，随后又申请了%1。这是账户被盗用后的常见手法，批准前请拨打客户的注册手机号与本人核实。</translation>
    </message>
    <message>
        <source>Warning: sign-ins failed on a device the customer does not trust.</source>
        <translation>警告：该账户在不受信任的设备上登录失败。</translation>
    </message>
    <message>
        <source>An untrusted device is still signed in.</source>
        <translation>仍有不受信任的设备处于登录状态。</translation>
    </message>
    <message>
        <source>The password or two-factor authentication changed in the last 7 days.</source>
        <translation>最近 7 天内修改过登录密码或双重验证。</translation>
    </message>
    <message numerus="yes">
        <source>There were %n other request(s) on this account this week.</source>
        <translation>
            <numerusform>本周该账户还有 %n 条其他请求。</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent&apos;s reason: %1</source>
        <translation>坐席填写的原因：%1</translation>
    </message>
    <message>
        <source>The server sent no risk context for this request.</source>
        <translation>服务器没有提供该请求的风险情况。</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  无</translation>
    </message>
    <message>
        <source>  %1 (%2): %3, %4, last seen %5</source>
        <translation>  %1（%2）：%3，%4，最近使用 %5</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>受信任</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>不受信任</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message numerus="yes">
        <source>Failed sign-ins in the last 24 hours: %n</source>
        <translation>
            <numerusform>最近 24 小时登录失败：%n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 in %2 on %3: %4</source>
        <translation>  %1 在%2 使用 %3：%4</translation>
    </message>
    <message>
        <source>Password and two-factor changes in the last 7 days:</source>
        <translation>最近 7 天的密码和双重验证变更：</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1：%2</translation>
    </message>
    <message>
        <source>Other requests on this account this week:</source>
        <translation>本周该账户的其他请求：</translation>
    </message>
</context>
<context>
    <name>StoreFile</name>
    <message>
        <source>The local cache could not be written (%1).</source>
        <translation>无法写入本地缓存（%1）。</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation>文件无法打开（%1）</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>文件已损坏（%1）</translation>
    </message>
    <message>
        <source>the file&apos;s version cannot be read</source>
        <translation>无法读取文件的版本</translation>
    </message>
    <message>
        <source>the file comes from a newer version of WalletDesk (format %1, this one reads %2)</source>
        <translation>文件来自更新版本的 WalletDesk（格式 %1，本版本只能读取 %2）</translation>
    </message>
    <message>
        <source>the file cannot be brought to format %1 (%2)</source>
        <translation>无法将文件升级到格式 %1（%2）</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be created: %2</source>
        <translation>无法创建本地缓存 %1：%2</translation>
    </message>
    <message>
        <source>The local cache %1 was rebuilt, but the unsent work of the old one (kept at %2) could not be copied into it: %3</source>
        <translation>本地缓存 %1 已重建，但无法将旧缓存（保留在 %2）中未发送的内容复制进来：%3</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>CA 文件 %1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>The public-key pin must be a base64 SHA-256 digest (44 characters).</source>
        <translation>公钥指纹必须是 base64 编码的 SHA-256 摘要（44 个字符）。</translation>
    </message>
    <message>
        <source>the server&apos;s certificate has expired</source>
        <translation>服务器证书已过期</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not valid yet</source>
        <translation>服务器证书尚未生效</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is for another host name</source>
        <translation>服务器证书属于其他主机名</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not signed by a trusted authority</source>
        <translation>服务器证书不是由受信任的机构签发的</translation>
    </message>
    <message>
        <source>Secure connection refused: %1.</source>
        <translation>已拒绝安全连接：%1。</translation>
    </message>
</context>
<context>
    <name>WalletDesk::AccountHistory</name>
    <message>
        <source>The server&apos;s answer cannot be read (%1).</source>
        <translation>无法读取服务器的应答（%1）。</translation>
    </message>
    <message>
        <source>%1 Showing the complaints cached on this computer.</source>
        <translation>%1 显示本机缓存的投诉。</translation>
    </message>
    <message>
        <source>%1 Previous calls are only kept on the server.</source>
        <translation>%1 历史来电只保存在服务器上。</translation>
    </message>
</context>
<context>
    <name>WalletDesk::AccountHistoryTab</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>结束代码</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message numerus="yes">
        <source>Complaints of this account: %n</source>
        <translation>
            <numerusform>该账户的投诉：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Previous calls: %n</source>
        <translation>
            <numerusform>历史来电：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaints of this account</source>
        <translation>该账户的投诉</translation>
    </message>
    <message>
        <source>Previous calls</source>
        <translation>历史来电</translation>
    </message>
</context>
<context>
    <name>WalletDesk::AccountSearchModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Verification level</source>
        <translation>实名等级</translation>
    </message>
</context>
<context>
    <name>WalletDesk::AccountService</name>
    <message>
        <source>The server&apos;s answer cannot be read; showing cached accounts only.</source>
        <translation>无法读取服务器的应答；仅显示缓存中的账户。</translation>
    </message>
    <message>
        <source>%1 Showing cached accounts only.</source>
        <translation>%1 仅显示缓存中的账户。</translation>
    </message>
    <message>
        <source>The server&apos;s account data cannot be read (%1).</source>
        <translation>无法读取服务器返回的账户数据（%1）。</translation>
    </message>
    <message>
        <source>%1 Showing the cached copy.</source>
        <translation>%1 正在显示缓存的副本。</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ActionBar</name>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Why? The reason goes into the audit log.</source>
        <translation>原因是什么？原因会记入审计日志。</translation>
    </message>
    <message>
        <source>Requested: awaiting a supervisor&apos;s approval.</source>
        <translation>已提交：等待组长审批。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Take a call and open the caller&apos;s account first.</source>
        <translation>请先接听来电并打开来电人的账户。</translation>
    </message>
    <message>
        <source>Verify the caller first.</source>
        <translation>请先验证来电人身份。</translation>
    </message>
    <message>
        <source>Select a transaction in the log.</source>
        <translation>请在交易列表中选择一笔交易。</translation>
    </message>
    <message>
        <source>Take a call first.</source>
        <translation>请先接听来电。</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>操作：%1</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>重置密码(&amp;P)</translation>
    </message>
    <message>
        <source>Sign out de&amp;vices</source>
        <translation>退出设备(&amp;V)</translation>
    </message>
    <message>
        <source>Reset &amp;2FA (approval)</source>
        <translation>重置双重验证（需审批）(&amp;2)</translation>
    </message>
    <message>
        <source>&amp;Investigate</source>
        <translation>调查(&amp;I)</translation>
    </message>
    <message>
        <source>Re&amp;fund request</source>
        <translation>退款申请(&amp;F)</translation>
    </message>
    <message>
        <source>Log co&amp;mplaint</source>
        <translation>登记投诉(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation>结束通话(&amp;E)</translation>
    </message>
    <message>
        <source>Unfree&amp;ze (approval)</source>
        <translation>解除冻结（需审批）(&amp;Z)</translation>
    </message>
</context>
<context>
    <name>WalletDesk::AdminDesk</name>
    <message>
        <source>&amp;Staff</source>
        <translation>员工(&amp;S)</translation>
    </message>
    <message>
        <source>Working-day &amp;calendar</source>
        <translation>工作日历(&amp;C)</translation>
    </message>
    <message>
        <source>Deadline &amp;policy</source>
        <translation>时限规则(&amp;P)</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
</context>
<context>
    <name>WalletDesk::AgentDirectory</name>
    <message>
        <source>The server&apos;s answer cannot be read (%1).</source>
        <translation>无法读取服务器的应答（%1）。</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ApiJob</name>
    <message>
        <source>The request was canceled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>Secure connection refused: the server&apos;s public key does not match the configured pin.</source>
        <translation>已拒绝安全连接：服务器公钥与配置的指纹不符。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器未及时应答。</translation>
    </message>
    <message>
        <source>Secure connection refused: %1.</source>
        <translation>已拒绝安全连接：%1。</translation>
    </message>
    <message>
        <source>Cannot reach the server (%1).</source>
        <translation>无法连接服务器（%1）。</translation>
    </message>
    <message>
        <source>The server tried to redirect to %1; WalletDesk does not follow redirects.</source>
        <translation>服务器试图重定向到 %1；WalletDesk 不跟随重定向。</translation>
    </message>
    <message>
        <source>The server sent an answer WalletDesk cannot read (HTTP %1).</source>
        <translation>服务器返回了 WalletDesk 无法读取的应答（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>服务器拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>服务器拒绝了请求：%1</translation>
    </message>
    <message>
        <source>Too many wrong answers to this customer&apos;s security question today. Verify the caller with an SMS code instead.</source>
        <translation>该客户的密保问题今天答错次数过多。请改用短信验证码核实来电人。</translation>
    </message>
    <message>
        <source>Too many requests; try again later.</source>
        <translation>请求过于频繁，请稍后再试。</translation>
    </message>
    <message>
        <source>This customer was sent a code a moment ago or too often. The next code can be sent at %1 (%2).</source>
        <translation>刚刚或近期已多次向该客户发送验证码。下一条验证码可在 %1（%2）发送。</translation>
    </message>
    <message>
        <source>You have sent too many codes this hour. The next code can be sent at %1 (%2).</source>
        <translation>您这一小时发送的验证码过多。下一条验证码可在 %1（%2）发送。</translation>
    </message>
    <message>
        <source>Too many requests; try again at %1 (%2).</source>
        <translation>请求过于频繁，请在 %1（%2）再试。</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ApprovalQueue</name>
    <message>
        <source>The server&apos;s answer cannot be read (%1).</source>
        <translation>无法读取服务器的应答（%1）。</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ApprovalTray</name>
    <message>
        <source>WalletDesk: no request waiting for approval</source>
        <translation>WalletDesk：没有待审批的请求</translation>
    </message>
    <message numerus="yes">
        <source>WalletDesk: %n request(s) waiting for approval</source>
        <translation>
            <numerusform>WalletDesk：%n 条请求待审批</numerusform>
        </translation>
    </message>
    <message>
        <source>Approval needed</source>
        <translation>需要审批</translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s) need approval</source>
        <translation>
            <numerusform>%n 条新请求需要审批</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalletDesk::ApprovalsView</name>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>SMS code to %1</source>
        <translation>短信验证码发至 %1</translation>
    </message>
    <message>
        <source>security question</source>
        <translation>安全问题</translation>
    </message>
    <message>
        <source>%1, verified %2</source>
        <translation>%1，核验于 %2</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未核验</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for a second person.</source>
        <translation>
            <numerusform>%n 条申请等待第二人审批。</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Why? The agent sees this reason, and it goes into the audit log.</source>
        <translation>原因？坐席会看到此原因，并记入审计日志。</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>请先选择一条申请。</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Agent&apos;s reason</source>
        <translation>坐席的理由</translation>
    </message>
    <message>
        <source>Caller verification</source>
        <translation>来电人身份验证</translation>
    </message>
    <message>
        <source>Requests waiting for approval</source>
        <translation>等待审批的申请</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>批准(&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>驳回(&amp;J)…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>%1 · check the risk</source>
        <translation>%1 · 核查风险</translation>
    </message>
    <message>
        <source>Select a request to see the account&apos;s risk context.</source>
        <translation>选择一条请求，查看该账户的风险情况。</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Risk context of the selected request</source>
        <translation>所选请求的风险情况</translation>
    </message>
</context>
<context>
    <name>WalletDesk::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Agent no. %1</source>
        <translation>坐席编号 %1</translation>
    </message>
    <message>
        <source>Account no. %1</source>
        <translation>账户编号 %1</translation>
    </message>
    <message>
        <source>A call (time unknown)</source>
        <translation>一次通话（时间不详）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>WalletDesk::AuditView</name>
    <message>
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n entries</source>
        <translation>
            <numerusform>正在导出… %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>已导出 %n 条到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Filter by account number</source>
        <translation>按账户编号筛选</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Apply the filter</source>
        <translation>应用筛选</translation>
    </message>
    <message>
        <source>Export the filtered audit log as CSV</source>
        <translation>将筛选后的审计日志导出为 CSV</translation>
    </message>
    <message>
        <source>Audit log, newest first</source>
        <translation>审计日志，最新的在前</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message>
        <source>Account no. %1</source>
        <translation>账户编号 %1</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>坐席(&amp;G)</translation>
    </message>
    <message>
        <source>Acco&amp;unt</source>
        <translation>账户(&amp;U)</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>操作(&amp;T)</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>从(&amp;M)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <source>8800…0001 or the full number</source>
        <translation>8800…0001 或完整账号</translation>
    </message>
</context>
<context>
    <name>WalletDesk::CalendarAdmin</name>
    <message>
        <source>The calendar from the server cannot be read (%1).</source>
        <translation>无法读取服务器返回的日历（%1）。</translation>
    </message>
    <message>
        <source>Calendar %1 saved: %2 holidays, %3 make-up working days.</source>
        <translation>%1 年日历已保存：%2 天放假，%3 天调休上班。</translation>
    </message>
    <message>
        <source>Deadline policy saved. Complaints already logged keep their deadlines.</source>
        <translation>时限规则已保存。已登记的投诉保留原定时限。</translation>
    </message>
</context>
<context>
    <name>WalletDesk::CalendarView</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年份(&amp;Y)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Holidays and make-up working days</source>
        <translation>节假日与调休上班日</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Chan&amp;ge row</source>
        <translation>修改该行(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>删除该行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import a list…</source>
        <translation>导入清单(&amp;I)…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新载入(&amp;L)</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Unsaved changes to %1.</source>
        <translation>%1 年有未保存的修改。</translation>
    </message>
    <message>
        <source>Loading the calendar…</source>
        <translation>正在载入日历…</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 不在 %2 年。</translation>
    </message>
    <message>
        <source>Give the day a name (1 to 40 characters).</source>
        <translation>请为这一天填写名称（1 到 40 个字）。</translation>
    </message>
    <message>
        <source>%1 is in the table already: select it and change it.</source>
        <translation>%1 已在表中：请选中该行再修改。</translation>
    </message>
    <message>
        <source>A year holds at most %1 days.</source>
        <translation>每年最多 %1 天。</translation>
    </message>
    <message>
        <source>Select the row to change.</source>
        <translation>请选中要修改的行。</translation>
    </message>
    <message>
        <source>The date must be in %1 and the name 1 to 40 characters.</source>
        <translation>日期须在 %1 年内，名称 1 到 40 个字。</translation>
    </message>
    <message>
        <source>%1 is in the table already.</source>
        <translation>%1 已在表中。</translation>
    </message>
    <message>
        <source>The calendar has not been loaded yet.</source>
        <translation>日历尚未载入。</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1 年…</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>changed: %1 (was %2)</source>
        <translation>修改：%1（原为 %2）</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>删除：%1</translation>
    </message>
    <message>
        <source>Someone else saved the reference data meanwhile (not the %1 calendar). Save again to apply your table.</source>
        <translation>在此期间其他人保存了参考数据（不是 %1 年的日历）。再次保存即可应用你的表格。</translation>
    </message>
    <message>
        <source>Someone else changed the %1 calendar meanwhile:
%2

Your table is kept. Save again to replace theirs with it, or Reload to take theirs.</source>
        <translation>在此期间其他人修改了 %1 年的日历：
%2

你的表格已保留。再次保存将以你的表格替换对方的修改，或点“重新载入”采用对方的版本。</translation>
    </message>
    <message>
        <source>Calendar changed meanwhile</source>
        <translation>日历已被他人修改</translation>
    </message>
    <message>
        <source>%1 calendar: %2</source>
        <translation>%1 年日历：%2</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>节日名称</translation>
    </message>
</context>
<context>
    <name>WalletDesk::CallGuidePanel</name>
    <message>
        <source>Needs your attention</source>
        <translation>需要注意</translation>
    </message>
    <message>
        <source>Call guide</source>
        <translation>通话指引</translation>
    </message>
    <message>
        <source>Call &amp;reason</source>
        <translation>来电原因(&amp;R)</translation>
    </message>
    <message>
        <source>Call reason</source>
        <translation>来电原因</translation>
    </message>
    <message>
        <source>Checklist; Space ticks a step into the notes</source>
        <translation>检查清单；按空格键勾选步骤并写入备注</translation>
    </message>
</context>
<context>
    <name>WalletDesk::CallLinePanel</name>
    <message>
        <source>&amp;Waiting calls (Enter takes one; Ctrl+Shift+H the next):</source>
        <translation>等待中的来电(&amp;W)（Enter 接听所选，Ctrl+Shift+H 接听下一通）：</translation>
    </message>
    <message>
        <source>Waiting calls</source>
        <translation>等待中的来电</translation>
    </message>
    <message>
        <source>Call time %1</source>
        <translation>通话时长 %1</translation>
    </message>
    <message>
        <source>manual call</source>
        <translation>无号码通话</translation>
    </message>
    <message>
        <source>On hold %1 · %2</source>
        <translation>保持中 %1 · %2</translation>
    </message>
    <message>
        <source>Queued %1 · %2</source>
        <translation>排队中 %1 · %2</translation>
    </message>
</context>
<context>
    <name>WalletDesk::CallSession</name>
    <message>
        <source>The call notes could not be saved on this computer: %1</source>
        <translation>无法在本机保存通话备注：%1</translation>
    </message>
    <message>
        <source>The call was not ended: its record could not be queued (%1).</source>
        <translation>通话未结束：无法将通话记录加入待发送队列（%1）。</translation>
    </message>
</context>
<context>
    <name>WalletDesk::CallbackDialog</name>
    <message>
        <source>Schedule a callback</source>
        <translation>预约回电</translation>
    </message>
    <message>
        <source>What the customer is waiting for</source>
        <translation>客户在等待什么</translation>
    </message>
    <message>
        <source>In 30 minutes</source>
        <translation>30 分钟后</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>1 小时后</translation>
    </message>
    <message>
        <source>In 2 hours</source>
        <translation>2 小时后</translation>
    </message>
    <message>
        <source>Tomorrow at 10:00</source>
        <translation>明天 10:00</translation>
    </message>
    <message>
        <source>At the time below</source>
        <translation>按下方时间</translation>
    </message>
    <message>
        <source>&amp;Number to call</source>
        <translation>回电号码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>何时(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>none (no account open)</source>
        <translation>无（未打开账户）</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Time (%1)</source>
        <translation>时间（%1）(&amp;T)</translation>
    </message>
</context>
<context>
    <name>WalletDesk::CallbackReminder</name>
    <message>
        <source>Callback due</source>
        <translation>回电到期</translation>
    </message>
    <message>
        <source>&amp;Call now</source>
        <translation>立即回电(&amp;C)</translation>
    </message>
    <message>
        <source>In &amp;10 minutes</source>
        <translation>10 分钟后(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>已完成(&amp;D)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Callback moved to 10 minutes from now.</source>
        <translation>回电已推迟到 10 分钟后。</translation>
    </message>
    <message>
        <source>Callback marked done.</source>
        <translation>回电已标记为完成。</translation>
    </message>
    <message>
        <source>Callback due at %1 (%3): %2</source>
        <translation>回电时间已到（%3 %1）：%2</translation>
    </message>
</context>
<context>
    <name>WalletDesk::CallbackService</name>
    <message>
        <source>The callback time has already passed.</source>
        <translation>回电时间已过。</translation>
    </message>
    <message numerus="yes">
        <source>A callback can be scheduled at most %n days ahead.</source>
        <translation>
            <numerusform>回电最多只能预约 %n 天以后。</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>“%1”不是电话号码。</translation>
    </message>
    <message>
        <source>Say why the customer is to be called back.</source>
        <translation>请填写回电原因。</translation>
    </message>
    <message numerus="yes">
        <source>The reason is too long (at most %n characters).</source>
        <translation>
            <numerusform>原因太长（最多 %n 个字符）。</numerusform>
        </translation>
    </message>
    <message>
        <source>This callback has not reached the server yet; change it once it has been sent.</source>
        <translation>此回电尚未送达服务器；请在发送后再修改。</translation>
    </message>
</context>
<context>
    <name>WalletDesk::CallbacksView</name>
    <message>
        <source>Callbacks</source>
        <translation>回电</translation>
    </message>
    <message>
        <source>Scheduled callbacks</source>
        <translation>已预约的回电</translation>
    </message>
    <message>
        <source>Due at</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Call now</source>
        <translation>立即回电(&amp;C)</translation>
    </message>
    <message>
        <source>In &amp;10 minutes</source>
        <translation>10 分钟后(&amp;1)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>已完成(&amp;D)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel callback</source>
        <translation>取消回电(&amp;N)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 · due</source>
        <translation>%1 · 已到期</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>已关联</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>尚未发送</translation>
    </message>
    <message>
        <source>&amp;Scheduled callbacks, earliest first (times are %1):</source>
        <translation>已预约的回电，最早的在前（%1）(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>WalletDesk::CallerActions</name>
    <message>
        <source>Not available offline: verification and account actions need the server. WalletDesk keeps trying to reconnect.</source>
        <translation>离线时不可用：身份验证和账户操作需要连接服务器。WalletDesk 正在持续尝试重新连接。</translation>
    </message>
    <message>
        <source>Verify the caller first: %1</source>
        <translation>请先验证来电人身份：%1</translation>
    </message>
    <message>
        <source>The server&apos;s answer cannot be read (%1).</source>
        <translation>无法读取服务器的应答（%1）。</translation>
    </message>
</context>
<context>
    <name>WalletDesk::CardsTab</name>
    <message>
        <source>Linked bank cards</source>
        <translation>绑定的银行卡</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Linked on</source>
        <translation>绑定日期</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>借记卡</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ChannelComplaintDialog</name>
    <message>
        <source>The customer wants &amp;no text messages</source>
        <translation>客户不接收短信(&amp;N)</translation>
    </message>
    <message>
        <source>Log a complaint from another channel</source>
        <translation>登记其他渠道的投诉</translation>
    </message>
    <message>
        <source>No account linked</source>
        <translation>未关联账户</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>e.g. working days 9:00–18:00</source>
        <translation>例如：工作日 9–18 点</translation>
    </message>
    <message>
        <source>the number to call and text back</source>
        <translation>回电和接收短信的号码</translation>
    </message>
    <message>
        <source>phone, account number or e-mail</source>
        <translation>手机号、账号或邮箱</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>严重程度(&amp;V)：</translation>
    </message>
    <message>
        <source>Find the &amp;account:</source>
        <translation>查找账户(&amp;A)：</translation>
    </message>
    <message>
        <source>Call&amp;back number:</source>
        <translation>回电号码(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Preferred time:</source>
        <translation>方便联系时间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>投诉经过(&amp;W)：</translation>
    </message>
    <message>
        <source>Find the account</source>
        <translation>查找账户</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>附加证据材料</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>图片和 PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No account found.</source>
        <translation>未找到账户。</translation>
    </message>
    <message>
        <source>%1 accounts found; check the one linked.</source>
        <translation>找到 %1 个账户，请核对关联的账户。</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>请填写投诉经过。</translation>
    </message>
    <message>
        <source>The callback number must be a phone number: 5 to 20 digits.</source>
        <translation>回电号码须为电话号码：5 至 20 位数字。</translation>
    </message>
    <message>
        <source>Link the account or give a callback number: the customer must hear back.</source>
        <translation>请关联账户或填写回电号码：须能答复客户。</translation>
    </message>
    <message>
        <source>Add f&amp;iles…</source>
        <translation>添加文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation>移除文件(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Linked account:</source>
        <translation>关联账户(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Text messages in:</source>
        <translation>短信语言(&amp;T)：</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;request:</source>
        <translation>客户诉求(&amp;R)：</translation>
    </message>
    <message>
        <source>Evi&amp;dence (PNG, JPEG, PDF up to 5 MiB):</source>
        <translation>证据材料（PNG、JPEG、PDF，不超过 5 MiB）(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ChannelComplaints</name>
    <message>
        <source>%1 is larger than 5 MiB.</source>
        <translation>%1 大于 5 MiB。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty or larger than 5 MiB.</source>
        <translation>%1 是空文件或大于 5 MiB。</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image or a PDF document.</source>
        <translation>%1 不是 PNG 或 JPEG 图片，也不是 PDF 文件。</translation>
    </message>
    <message>
        <source>The complaint could not be queued.</source>
        <translation>投诉未能加入待发送队列。</translation>
    </message>
    <message>
        <source>%1 was not attached (%2). The file is still at %3; attach it again.</source>
        <translation>%1 未能附加（%2）。文件仍在 %3，请重新附加。</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ComplaintDesk</name>
    <message>
        <source>The server&apos;s answer cannot be read (%1).</source>
        <translation>无法读取服务器的应答（%1）。</translation>
    </message>
    <message>
        <source>The file %1 arrived damaged; nothing was saved.</source>
        <translation>文件 %1 下载后已损坏，未保存任何内容。</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ComplaintDialog</name>
    <message>
        <source>Log a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>渠道(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>类别(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>严重程度(&amp;S)</translation>
    </message>
    <message>
        <source>Linked transaction</source>
        <translation>关联交易</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>投诉内容(&amp;W)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Queue complaint</source>
        <translation>提交投诉</translation>
    </message>
    <message>
        <source>#%1 (selected in the log)</source>
        <translation>#%1（在交易列表中选中）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>请填写投诉内容。</translation>
    </message>
    <message>
        <source>The lists of channels and categories have not arrived from the server yet.</source>
        <translation>尚未从服务器获取渠道和类别列表。</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;request</source>
        <translation>客户诉求(&amp;R)</translation>
    </message>
    <message>
        <source>Choose a category from the list.</source>
        <translation>请从列表中选择投诉类别。</translation>
    </message>
    <message>
        <source>Customer&apos;s request</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>Acknowledge by %1; resolve by %2 (%3).</source>
        <translation>须在 %1 前受理，%2 前办结（%3）。</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ComplaintListModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1·已超期</translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation>%1·今日到期</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>%1 d left</source>
        <translation>剩 %1 天</translation>
    </message>
    <message>
        <source>%1 h left</source>
        <translation>剩 %1 小时</translation>
    </message>
    <message>
        <source>overdue by %1 d</source>
        <translation>已超期 %1 天</translation>
    </message>
    <message>
        <source>overdue by %1 h</source>
        <translation>已超期 %1 小时</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>无账户</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分派</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>坐席 %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ComplaintQueueView</name>
    <message>
        <source>Save filter</source>
        <translation>保存筛选</translation>
    </message>
    <message>
        <source>Name for this filter:</source>
        <translation>筛选条件名称：</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>分派</translation>
    </message>
    <message>
        <source>Assign the complaint to:</source>
        <translation>将投诉分派给：</translation>
    </message>
    <message>
        <source>Why escalate?</source>
        <translation>升级的原因？</translation>
    </message>
    <message>
        <source>The note (it cannot be edited later):</source>
        <translation>备注（保存后不能修改）：</translation>
    </message>
    <message>
        <source>Why reopen?</source>
        <translation>重新打开的原因？</translation>
    </message>
    <message>
        <source>Why extend the deadline? (once only)</source>
        <translation>延长期限的原因？（只能延长一次）</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <source>What was done for the customer:</source>
        <translation>为客户做了什么：</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>已保存的筛选</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>经过：%1</translation>
    </message>
    <message>
        <source>The customer wants: %1</source>
        <translation>客户诉求：%1</translation>
    </message>
    <message>
        <source>Resolved: %1 — %2</source>
        <translation>已办结：%1 — %2</translation>
    </message>
    <message>
        <source>Someone else changed complaint #%1 while you were looking at it.

Their version now:
%2

What you saw:
%3

Apply your change (%4) to their version, or keep theirs?</source>
        <translation>在你查看期间，其他人修改了投诉 #%1。

对方现在的版本：
%2

你看到的版本：
%3

将你的操作（%4）应用到对方的版本上，还是保留对方的版本？</translation>
    </message>
    <message>
        <source>Kept their version of complaint #%1; your change was not sent.</source>
        <translation>已保留投诉 #%1 的对方版本；你的操作没有发送。</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Apply my change to their version</source>
        <translation>将我的操作应用到对方版本</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>保留对方版本</translation>
    </message>
    <message>
        <source>Select a complaint first.</source>
        <translation>请先选择一条投诉。</translation>
    </message>
    <message>
        <source>The complaint is resolved; reopen it first.</source>
        <translation>投诉已办结；请先重新打开。</translation>
    </message>
    <message>
        <source>Already escalated.</source>
        <translation>已经升级。</translation>
    </message>
    <message>
        <source>Already resolved.</source>
        <translation>已经办结。</translation>
    </message>
    <message>
        <source>Only a resolved complaint can be reopened.</source>
        <translation>只有已办结的投诉可以重新打开。</translation>
    </message>
    <message>
        <source>The deadline can be extended once, and not after resolving.</source>
        <translation>期限只能延长一次，且办结后不能延长。</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部坐席</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅看逾期(&amp;O)</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>保存筛选…</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>分派(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>升级(&amp;E)…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>办结(&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;xtend deadline…</source>
        <translation>延长期限(&amp;X)…</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>按类别筛选</translation>
    </message>
    <message>
        <source>Filter by channel</source>
        <translation>按渠道筛选</translation>
    </message>
    <message>
        <source>Filter by agent</source>
        <translation>按坐席筛选</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅看逾期</translation>
    </message>
    <message>
        <source>Complaint queue, earliest deadline first</source>
        <translation>投诉队列，最早截止的在前</translation>
    </message>
    <message>
        <source>Timeline of the complaint</source>
        <translation>投诉时间线</translation>
    </message>
    <message>
        <source>Select a complaint to see its timeline.</source>
        <translation>选择一条投诉查看其时间线。</translation>
    </message>
    <message>
        <source>Reo&amp;pen…</source>
        <translation>重新打开(&amp;P)…</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>坐席 %1</translation>
    </message>
    <message>
        <source>logged the complaint (%1)</source>
        <translation>登记了投诉（%1）</translation>
    </message>
    <message>
        <source>edited the complaint</source>
        <translation>修改了投诉</translation>
    </message>
    <message>
        <source>added a note: %1</source>
        <translation>添加了备注：%1</translation>
    </message>
    <message>
        <source>assigned the complaint to %1</source>
        <translation>把投诉分派给 %1</translation>
    </message>
    <message>
        <source>escalated the complaint: %1</source>
        <translation>升级了投诉：%1</translation>
    </message>
    <message>
        <source>resolved the complaint: %1</source>
        <translation>办结了投诉：%1</translation>
    </message>
    <message>
        <source>reopened the complaint: %1</source>
        <translation>重新打开了投诉：%1</translation>
    </message>
    <message>
        <source>extended the deadline: %1</source>
        <translation>延长了办结期限：%1</translation>
    </message>
    <message>
        <source>attached the file %1</source>
        <translation>附加了文件 %1</translation>
    </message>
    <message>
        <source>the acknowledgement text</source>
        <translation>受理短信</translation>
    </message>
    <message>
        <source>the resolution text</source>
        <translation>办结短信</translation>
    </message>
    <message>
        <source>%1 %2 was sent to %3</source>
        <translation>%1 %2已发送至 %3</translation>
    </message>
    <message>
        <source>%1 %2 was not sent: the customer wants no text messages</source>
        <translation>%1 %2未发送：客户不接收短信</translation>
    </message>
    <message>
        <source>%1 %2 was not sent: %3 has had too many texts this hour</source>
        <translation>%1 %2未发送：%3 本小时收到的短信已达上限</translation>
    </message>
    <message>
        <source>%1 %2 was not sent: no number to text</source>
        <translation>%1 %2未发送：没有可发送的号码</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 saved as %2.</source>
        <translation>%1 已保存为 %2。</translation>
    </message>
    <message>
        <source>Save the evidence</source>
        <translation>保存证据材料</translation>
    </message>
    <message>
        <source>Complaint #%1 is logged.</source>
        <translation>投诉 #%1 已登记。</translation>
    </message>
    <message>
        <source>%1 is attached to complaint #%2.</source>
        <translation>%1 已附加到投诉 #%2。</translation>
    </message>
    <message>
        <source>Complaint #%1 saved.</source>
        <translation>投诉 #%1 已保存。</translation>
    </message>
    <message>
        <source>The complaint is queued; it shows here once the server has it, with its files.</source>
        <translation>投诉已加入待发送队列；服务器收到后会连同文件显示在这里。</translation>
    </message>
    <message>
        <source>%1 (%2 KiB) from %3, %4</source>
        <translation>%1（%2 KiB），%3 上传于 %4</translation>
    </message>
    <message>
        <source>Complaint #%1: %2, %3, by %4; due %5 (%6).</source>
        <translation>投诉 #%1：%2，%3，来自%4；办结期限 %5（%6）。</translation>
    </message>
    <message>
        <source>Not assigned yet.</source>
        <translation>尚未分派。</translation>
    </message>
    <message>
        <source>No account linked.</source>
        <translation>未关联账户。</translation>
    </message>
    <message>
        <source>Account %1.</source>
        <translation>账户 %1。</translation>
    </message>
    <message>
        <source>Call back on %1.</source>
        <translation>回电号码 %1。</translation>
    </message>
    <message>
        <source>Call back on %1, %2.</source>
        <translation>回电号码 %1，%2。</translation>
    </message>
    <message>
        <source>Preferred time: %1.</source>
        <translation>方便联系时间：%1。</translation>
    </message>
    <message>
        <source>The customer wants no text messages.</source>
        <translation>客户不接收短信。</translation>
    </message>
    <message>
        <source>Call %1; transactions: %2.</source>
        <translation>通话 %1；交易：%2。</translation>
    </message>
    <message>
        <source>%1 the complaint was logged</source>
        <translation>%1 登记了投诉</translation>
    </message>
    <message>
        <source>%1 %2 wrote a note: %3</source>
        <translation>%1 %2 添加了备注：%3</translation>
    </message>
    <message>
        <source>The complaint has no files.</source>
        <translation>该投诉没有文件。</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>未办结的投诉</translation>
    </message>
    <message>
        <source>All, resolved ones too</source>
        <translation>全部（含已办结）</translation>
    </message>
    <message>
        <source>Evidence files of the complaint</source>
        <translation>投诉的证据材料</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>下载(&amp;D)…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>&amp;Log complaint…</source>
        <translation>登记投诉(&amp;L)…</translation>
    </message>
    <message>
        <source>Log a complaint from another channel</source>
        <translation>登记其他渠道的投诉</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Handled by %1.</source>
        <translation>处理人：%1。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ComplaintReports</name>
    <message>
        <source>The server&apos;s answer cannot be read (%1).</source>
        <translation>无法读取服务器的应答（%1）。</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ComplaintService</name>
    <message>
        <source>Nothing was queued: %1 Try again; what you typed is still here.</source>
        <translation>未能加入待发送队列：%1 请重试，您输入的内容仍保留在此。</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ConsoleCore</name>
    <message>
        <source>The local cache was rebuilt because %1. %2 unsent items and %3 note drafts were kept; the old file is at %4.</source>
        <translation>本地缓存已重建，原因：%1。已保留 %2 条未发送的记录和 %3 份备注草稿；旧文件位于 %4。</translation>
    </message>
    <message>
        <source>Customer data cached on this computer could not all be deleted: %1</source>
        <translation>本机缓存的客户数据未能全部删除：%1</translation>
    </message>
</context>
<context>
    <name>WalletDesk::CredentialStore</name>
    <message>
        <source>no keychain is available on this computer (%1)</source>
        <translation>本机没有可用的密钥环（%1）</translation>
    </message>
    <message>
        <source>the keychain refused access (%1)</source>
        <translation>密钥环拒绝访问（%1）</translation>
    </message>
</context>
<context>
    <name>WalletDesk::DashboardView</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>未分派</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>坐席 %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>项</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Resolved within 1 working day</source>
        <translation>1 个工作日内办结</translation>
    </message>
    <message>
        <source>Resolved within 1–3 working days</source>
        <translation>1–3 个工作日内办结</translation>
    </message>
    <message>
        <source>Acknowledged late</source>
        <translation>受理超时</translation>
    </message>
    <message>
        <source>Resolved late or overdue</source>
        <translation>办结超时或已逾期</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>按坐席</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Complaints received in %1</source>
        <translation>%1 年受理投诉</translation>
    </message>
    <message>
        <source>Handled (resolved)</source>
        <translation>已处理（办结）</translation>
    </message>
    <message>
        <source>Resolved after the deadline, or still open past it</source>
        <translation>超过期限办结或逾期未结</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Choose a period and press Show.</source>
        <translation>选择期间后按“显示”。</translation>
    </message>
    <message>
        <source>%1 complaints, %2 resolved; within 1 working day %3, within 1–3 working days %4; acknowledged late %5, resolved late or overdue %6.</source>
        <translation>投诉 %1 件，已办结 %2 件；1 个工作日内办结 %3，1–3 个工作日内办结 %4；受理超时 %5 件，办结超时或逾期 %6 件。</translation>
    </message>
    <message>
        <source>Complaints per day</source>
        <translation>每日投诉</translation>
    </message>
    <message>
        <source>Per agent</source>
        <translation>各坐席</translation>
    </message>
    <message>
        <source>Export the disclosure table</source>
        <translation>导出信息披露表</translation>
    </message>
    <message>
        <source>Export the dashboard figures</source>
        <translation>导出看板指标</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>期间(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <source>Disclosure &amp;year</source>
        <translation>披露年度(&amp;Y)</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>期间起</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>期间止</translation>
    </message>
    <message>
        <source>Disclosure year</source>
        <translation>披露年度</translation>
    </message>
    <message>
        <source>Figures of the period</source>
        <translation>期间指标</translation>
    </message>
    <message>
        <source>Show y&amp;ear</source>
        <translation>显示年度(&amp;E)</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 至 %2：%3</translation>
    </message>
    <message>
        <source>%1. Every other day: 0.</source>
        <translation>%1。其余日期：0。</translation>
    </message>
    <message>
        <source>Choose a year and press Show year.</source>
        <translation>选择年度后按“显示年度”。</translation>
    </message>
    <message>
        <source>Complaints disclosure table for %1</source>
        <translation>%1 年投诉信息披露表</translation>
    </message>
    <message>
        <source>E&amp;xport figures CSV…</source>
        <translation>导出指标 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Export &amp;table CSV…</source>
        <translation>导出表格 CSV(&amp;T)…</translation>
    </message>
    <message>
        <source>Day (%1)</source>
        <translation>日期（%1）</translation>
    </message>
    <message>
        <source>Complaints disclosure for %1 (1 January to 31 December, %2)</source>
        <translation>%1 年投诉信息披露（%2 1 月 1 日至 12 月 31 日）</translation>
    </message>
</context>
<context>
    <name>WalletDesk::DesktopNotifier</name>
    <message>
        <source>Open approvals</source>
        <translation>打开审批</translation>
    </message>
</context>
<context>
    <name>WalletDesk::HolidayImportDialog</name>
    <message>
        <source>Import the %1 calendar</source>
        <translation>导入 %1 年日历</translation>
    </message>
    <message>
        <source>Paste the holidays of %1, one line each:
2027-02-16 春节 休  (a day off; also 放假)
2027-02-07 春节 班  (a make-up working day; also 上班)
2027-02-15 至 2027-02-21 春节 放假  (days off; weekends in a range are skipped)
Lines starting with # are ignored.</source>
        <translation>粘贴 %1 年的节假日安排，每行一条：
2027-02-16 春节 休  （放假一天；也可写“放假”）
2027-02-07 春节 班  （调休上班；也可写“上班”）
2027-02-15 至 2027-02-21 春节 放假  （连续放假；其中的周六、周日自动略过）
以 # 开头的行会被忽略。</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>清单(&amp;L)</translation>
    </message>
    <message>
        <source>List of holidays</source>
        <translation>节假日清单</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>Replace the year&apos;s rows</source>
        <translation>替换该年的全部行</translation>
    </message>
    <message>
        <source>%1 is not in %2: import each year on its own.</source>
        <translation>%1 不在 %2 年：请每年分别导入。</translation>
    </message>
    <message>
        <source>They replace the rows of %1 in the table; save there.</source>
        <translation>这些日期将替换表中 %1 年的全部行；替换后请在日历页保存。</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>节日名称</translation>
    </message>
</context>
<context>
    <name>WalletDesk::MainWindow</name>
    <message>
        <source>Idle lock in %1:%2</source>
        <translation>空闲锁定 %1:%2</translation>
    </message>
    <message>
        <source>WalletDesk</source>
        <translation>WalletDesk</translation>
    </message>
    <message>
        <source>Search [Ctrl+K]: phone, name, e-mail, account, order number, card last 4</source>
        <translation>搜索 [Ctrl+K]：手机号 / 姓名 / 邮箱 / 账号 / 订单号 / 卡尾号</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>搜索账户</translation>
    </message>
    <message>
        <source>Current call</source>
        <translation>当前来电</translation>
    </message>
    <message>
        <source>Caller %1 (a caller number is a hint, not proof of identity)</source>
        <translation>来电号码 %1（来电号码仅供参考，不能证明身份）</translation>
    </message>
    <message>
        <source>No call. Type in the search box to look up an account.</source>
        <translation>当前没有来电。在搜索框中输入即可查找账户。</translation>
    </message>
    <message>
        <source>Candidate accounts</source>
        <translation>候选账户</translation>
    </message>
    <message>
        <source>&amp;Notes (saved automatically)</source>
        <translation>备注（自动保存）(&amp;N)</translation>
    </message>
    <message>
        <source>Call notes</source>
        <translation>来电备注</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Verification level</source>
        <translation>实名等级</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>双重认证</translation>
    </message>
    <message>
        <source>Failed sign-ins (24 h)</source>
        <translation>登录失败次数（24 小时）</translation>
    </message>
    <message>
        <source>Lock reason</source>
        <translation>锁定原因</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>No account open</source>
        <translation>未打开账户</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索……</translation>
    </message>
    <message>
        <source>On</source>
        <translation>已开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>未开启</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>正在同步</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>需要处理：%1</translation>
    </message>
    <message>
        <source>Unsent %1</source>
        <translation>待发送 %1</translation>
    </message>
    <message>
        <source>Account data: live</source>
        <translation>账户数据：实时</translation>
    </message>
    <message numerus="yes">
        <source>Account data: %n min old</source>
        <translation>
            <numerusform>账户数据：%n 分钟前</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaint #%1 sent; the deadline clock runs.</source>
        <translation>投诉 #%1 已发送，时限开始计算。</translation>
    </message>
    <message>
        <source>Complaint logged.</source>
        <translation>已登记投诉。</translation>
    </message>
    <message>
        <source>Complaint queued; it is sent as soon as the server can be reached.</source>
        <translation>投诉已排队，连接服务器后立即发送。</translation>
    </message>
    <message>
        <source>Call ended; its record is queued.</source>
        <translation>来电已结束，来电记录已排队发送。</translation>
    </message>
    <message>
        <source>WalletDesk is locked</source>
        <translation>WalletDesk 已锁定</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>安全(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;ards</source>
        <translation>银行卡(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Transactions</source>
        <translation>交易(&amp;T)</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>历史(&amp;Y)</translation>
    </message>
    <message>
        <source>Approvals and complaints…</source>
        <translation>审批与投诉…</translation>
    </message>
    <message>
        <source>&amp;WalletDesk</source>
        <translation>系统(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>退出登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit (signs out)</source>
        <translation>退出程序（同时退出登录）(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出程序(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) you wrote have not reached the server yet. They stay on this computer and are sent when %1 signs in here again.</source>
        <translation>
            <numerusform>%n 项您填写的内容尚未送达服务器。它们会保留在这台电脑上，待 %1 再次在此登录后发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit WalletDesk</source>
        <translation>退出 WalletDesk</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Quitting signs you out. Sign out and quit now?</source>
        <translation>退出程序会同时退出登录。现在退出登录并关闭程序吗？</translation>
    </message>
    <message>
        <source>Sign out now?</source>
        <translation>现在退出登录吗？</translation>
    </message>
    <message>
        <source>Sign out and &amp;quit</source>
        <translation>退出登录并关闭(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>正在退出登录……</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未能保存</translation>
    </message>
    <message>
        <source>Notes of an unfinished call from %1 were restored. Wrap it up with Alt+E.</source>
        <translation>%1 的一通来电尚未结束，其备注已恢复。请按 Alt+E 结束通话。</translation>
    </message>
    <message numerus="yes">
        <source>%n more unfinished call(s) are on hold (Ctrl+Shift+H).</source>
        <translation>
            <numerusform>另有 %n 通未结束的来电已恢复为保持状态（Ctrl+Shift+H 切换）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Call on hold. Ctrl+Shift+H takes it back.</source>
        <translation>通话已保持。按 Ctrl+Shift+H 恢复。</translation>
    </message>
    <message>
        <source>No call is waiting.</source>
        <translation>没有等待中的来电。</translation>
    </message>
    <message>
        <source>No live call. Take a waiting call below, or start one with Ctrl+N.</source>
        <translation>当前没有进行中的通话。请接听下方等待的来电，或按 Ctrl+N 新建通话。</translation>
    </message>
    <message>
        <source>Call without a caller number: search for the account.</source>
        <translation>无来电号码的通话：请搜索账户。</translation>
    </message>
    <message>
        <source>Ca&amp;ll</source>
        <translation>通话(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New call without a number</source>
        <translation>无号码新建通话(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Hold the call</source>
        <translation>保持通话(&amp;H)</translation>
    </message>
    <message>
        <source>Take the next &amp;waiting call</source>
        <translation>接听下一通等待来电(&amp;W)</translation>
    </message>
    <message>
        <source>Another call</source>
        <translation>新来电</translation>
    </message>
    <message>
        <source>a call without a number</source>
        <translation>无号码的通话</translation>
    </message>
    <message>
        <source>%1 is calling while you are on the call with %2.</source>
        <translation>%1 正在来电，而您正在与 %2 通话。</translation>
    </message>
    <message>
        <source>A held call keeps its notes, verification and requests.</source>
        <translation>被保持的通话会保留其备注、身份验证和已提交的请求。</translation>
    </message>
    <message>
        <source>&amp;Hold this call and answer</source>
        <translation>保持当前通话并接听(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Queue the new call</source>
        <translation>新来电排队等待(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 is waiting. Ctrl+Shift+H takes the call.</source>
        <translation>%1 正在等待。按 Ctrl+Shift+H 接听。</translation>
    </message>
    <message>
        <source>Call started without a number: search for the account.</source>
        <translation>已新建无号码的通话：请搜索账户。</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) waiting: Enter takes the one selected.</source>
        <translation>
            <numerusform>%n 通来电正在等待：按 Enter 接听所选来电。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) still open and not wrapped up (live, held or queued): they get no call record, and their notes are deleted at sign-out. Cancel and end each call first (Alt+E) to keep them.</source>
        <translation>
            <numerusform>还有 %n 通来电尚未结束和小结（进行中、保持或排队）：它们不会生成来电记录，备注会在退出登录时删除。如需保留，请取消并先逐一结束通话（Alt+E）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule a &amp;callback…</source>
        <translation>预约回电(&amp;C)…</translation>
    </message>
    <message>
        <source>Call&amp;backs…</source>
        <translation>回电列表(&amp;B)…</translation>
    </message>
    <message>
        <source>Callback: %1</source>
        <translation>回电：%1</translation>
    </message>
    <message>
        <source>Callback scheduled for %1: %2</source>
        <translation>已预约回电 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished call(s) restored on hold (Ctrl+Shift+H).</source>
        <translation>
            <numerusform>%n 通未结束的来电已恢复为保持状态（Ctrl+Shift+H）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The full number of this callback is not on this PC; open it after the next sync.</source>
        <translation>此回电的完整号码不在本机上；请在下次同步后再打开。</translation>
    </message>
    <message>
        <source>Ctrl+K	search (phone, name, e-mail, account, order, card last 4)
Enter	open the selected account
Alt+C / Alt+Q	send a code by SMS / ask the security question
Alt+K	check the caller&apos;s answer
Alt+R	call reason; Tab to the checklist, Space ticks a step into the notes
Alt+N	call notes
Alt+O / S / A / T / Y	overview, security, cards, transactions, history
Alt+D	transaction dates; Alt+X export the filtered log as CSV
Alt+U	unlock    Alt+P	password reset code    Alt+V	sign out devices
Alt+2	two-factor reset (needs a supervisor)
Alt+Z	unfreeze a frozen account (needs a supervisor)
Alt+I / Alt+F	investigate / refund request for the selected transaction
Alt+M	log a complaint    Alt+E	end the call
Ctrl+N	new call without a number    Ctrl+H	hold the call
Ctrl+Shift+H	take the next waiting call
Ctrl+B	schedule a callback    Ctrl+Shift+B	callbacks
Ctrl+Tab	next tab
Ctrl+Shift+L	sign out    Ctrl+Q	quit
F1	this list</source>
        <translation>Ctrl+K	搜索（手机号、姓名、邮箱、账号、订单号、卡尾号）
Enter	打开选中的账户
Alt+C / Alt+Q	短信发送验证码 / 提问安全问题
Alt+K	核对来电人的回答
Alt+R	来电原因；Tab 进入检查清单，空格键勾选步骤并写入备注
Alt+N	通话备注
Alt+O / S / A / T / Y	概览、安全、银行卡、交易、历史
Alt+D	交易日期；Alt+X 将筛选后的交易导出为 CSV
Alt+U	解锁    Alt+P	密码重置验证码    Alt+V	退出设备
Alt+2	重置双重验证（需组长审批）
Alt+Z	解除冻结账户（需组长审批）
Alt+I / Alt+F	为选中的交易发起调查 / 退款申请
Alt+M	登记投诉    Alt+E	结束通话
Ctrl+N	无号码新建通话    Ctrl+H	保持通话
Ctrl+Shift+H	接听下一通等待来电
Ctrl+B	预约回电    Ctrl+Shift+B	回电列表
Ctrl+Tab	下一个标签页
Ctrl+Shift+L	退出登录    Ctrl+Q	退出程序
F1	显示此列表</translation>
    </message>
    <message>
        <source>Supervisor (&amp;J)</source>
        <translation>组长(&amp;J)</translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation>管理(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>员工(&amp;S)</translation>
    </message>
    <message>
        <source>Working-day &amp;calendar</source>
        <translation>工作日历(&amp;C)</translation>
    </message>
    <message>
        <source>Deadline &amp;policy</source>
        <translation>时限规则(&amp;P)</translation>
    </message>
    <message>
        <source>Callback scheduled for %1 (%2).</source>
        <translation>已预约回电：%1（%2）。</translation>
    </message>
</context>
<context>
    <name>WalletDesk::OneTimePasswordDialog</name>
    <message>
        <source>One-time password</source>
        <translation>一次性密码</translation>
    </message>
    <message>
        <source>The one-time password for %1 is shown only this once: WalletDesk does not keep it. Give it to them in person; at their first sign-in they must choose their own.</source>
        <translation>%1 的一次性密码只显示这一次：WalletDesk 不会保存它。请当面交给本人；首次登录时须改为自己的密码。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
</context>
<context>
    <name>WalletDesk::PagedCsvExport</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消；没有写入文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Export stopped after %n rows: %1</source>
        <translation>
            <numerusform>导出在 %n 行后中止：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows exported to %1.</source>
        <translation>
            <numerusform>已导出 %n 行到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalletDesk::PasswordChangeDialog</name>
    <message>
        <source>Choose your own password</source>
        <translation>设置你自己的密码</translation>
    </message>
    <message>
        <source>You signed in with a one-time password. Choose your own before you start: 10 to 200 characters, not only digits, not your username and not the one-time password.</source>
        <translation>你使用一次性密码登录。开始工作前请设置自己的密码：10 到 200 个字符，不能全是数字，不能与用户名相同，也不能与一次性密码相同。</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>再次输入(&amp;A)</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>The new password is too short: at least 10 characters.</source>
        <translation>新密码太短：至少 10 个字符。</translation>
    </message>
    <message>
        <source>The new password is too long: at most 200 characters.</source>
        <translation>新密码太长：最多 200 个字符。</translation>
    </message>
    <message>
        <source>The new password must not be digits only.</source>
        <translation>新密码不能全是数字。</translation>
    </message>
    <message>
        <source>The new password must not be your username.</source>
        <translation>新密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>The new password must not be the one-time password.</source>
        <translation>新密码不能与一次性密码相同。</translation>
    </message>
    <message>
        <source>The two new passwords differ: type the same one twice.</source>
        <translation>两次输入的新密码不一致：请输入两次相同的密码。</translation>
    </message>
    <message>
        <source>Setting the password…</source>
        <translation>正在设置密码…</translation>
    </message>
    <message>
        <source>The new password must have characters other than spaces.</source>
        <translation>新密码不能只有空格。</translation>
    </message>
</context>
<context>
    <name>WalletDesk::PolicyForm</name>
    <message>
        <source>How long the call center has for complaints and money movements. Complaints already logged keep the deadlines they were given.</source>
        <translation>呼叫中心处理投诉和资金往来的时限。已登记的投诉保留原定时限。</translation>
    </message>
    <message>
        <source>%1 Allowed: %2 to %3.</source>
        <translation>%1允许范围：%2 到 %3。</translation>
    </message>
    <message>
        <source>&amp;Acknowledge within (working days)</source>
        <translation>受理回复时限（工作日）(&amp;A)</translation>
    </message>
    <message>
        <source>A complaint is acknowledged to the customer within this many working days.</source>
        <translation>在这么多个工作日内向客户确认已受理投诉。</translation>
    </message>
    <message>
        <source>&amp;Resolve within (calendar days)</source>
        <translation>办结时限（自然日）(&amp;R)</translation>
    </message>
    <message>
        <source>A complaint is resolved within this many calendar days.</source>
        <translation>在这么多个自然日内办结投诉。</translation>
    </message>
    <message>
        <source>&amp;Extended at most to (calendar days)</source>
        <translation>延期最长至（自然日）(&amp;E)</translation>
    </message>
    <message>
        <source>With an extension, the resolution deadline is at most this many calendar days; not less than the resolve figure.</source>
        <translation>延期后办结时限最长为这么多个自然日；不得少于办结时限。</translation>
    </message>
    <message>
        <source>Wi&amp;thdrawal arrives within (working days)</source>
        <translation>提现到账时限（工作日）(&amp;T)</translation>
    </message>
    <message>
        <source>A withdrawal reaches the bank account within this many working days.</source>
        <translation>提现在这么多个工作日内到达银行账户。</translation>
    </message>
    <message>
        <source>Reversa&amp;l within (working days)</source>
        <translation>冲正时限（工作日）(&amp;L)</translation>
    </message>
    <message>
        <source>A failed payment that was debited is reversed within this many working days.</source>
        <translation>支付失败但已扣款的，在这么多个工作日内退回。</translation>
    </message>
    <message>
        <source>Sa&amp;ve policy</source>
        <translation>保存规则(&amp;V)</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>重新载入(&amp;D)</translation>
    </message>
    <message>
        <source>The policy has not been loaded yet.</source>
        <translation>时限规则尚未载入。</translation>
    </message>
    <message>
        <source>Saving the policy…</source>
        <translation>正在保存时限规则…</translation>
    </message>
    <message>
        <source>Someone else saved the reference data meanwhile (not the policy). Save again to apply your figures.</source>
        <translation>在此期间其他人保存了参考数据（不是时限规则）。再次保存即可应用你的数值。</translation>
    </message>
    <message>
        <source>Someone else changed the policy meanwhile: now %1, %2, %3, %4 and %5 days. Your figures are kept: save again to apply them, or Reload to take theirs.</source>
        <translation>在此期间其他人修改了时限规则：现为 %1、%2、%3、%4 和 %5 天。你的数值已保留：再次保存即可应用，或点“重新载入”采用对方的数值。</translation>
    </message>
    <message>
        <source>Policy changed meanwhile</source>
        <translation>时限规则已被他人修改</translation>
    </message>
</context>
<context>
    <name>WalletDesk::SecurityTab</name>
    <message>
        <source>&amp;Devices</source>
        <translation>设备(&amp;D)</translation>
    </message>
    <message>
        <source>Recent sign-in attempts (failures in red)</source>
        <translation>最近的登录尝试（失败以红色标出）</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Recent sign-in attempts</source>
        <translation>最近的登录尝试</translation>
    </message>
    <message>
        <source>Lock state</source>
        <translation>锁定状态</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>受信任</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>No account open.</source>
        <translation>未打开账户。</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation>已锁定：%1</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>未记录原因</translation>
    </message>
    <message>
        <source>Frozen: %1. Only the risk team can lift a freeze.</source>
        <translation>已冻结：%1。只有风控团队可以解冻。</translation>
    </message>
    <message>
        <source>Not locked.</source>
        <translation>未锁定。</translation>
    </message>
    <message>
        <source>Failed sign-ins in the last 24 hours: %1. Two-factor sign-in: %2.</source>
        <translation>最近 24 小时登录失败：%1 次。双重验证登录：%2。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Signed in on a device the customer has not marked as trusted.</source>
        <translation>在客户未标记为受信任的设备上处于登录状态。</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>WalletDesk::Session</name>
    <message>
        <source>Wrong username or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: this sign-in is locked for a while. Ask your supervisor if it is urgent.</source>
        <translation>登录失败次数过多：此账号已被暂时锁定。如有急事，请联系组长。</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>请输入身份验证器应用中的验证码。</translation>
    </message>
    <message>
        <source>The code from your authenticator app is wrong.</source>
        <translation>身份验证器验证码错误。</translation>
    </message>
    <message>
        <source>Your sign-in has ended. Sign in again.</source>
        <translation>登录已失效，请重新登录。</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the sign-in cannot be read (%1).</source>
        <translation>无法读取服务器的登录应答（%1）。</translation>
    </message>
    <message>
        <source>Your sign-in cannot be kept in the keychain: %1. You will be asked for your password at every sign-in.</source>
        <translation>无法在密钥环中保存登录状态：%1。每次登录时都需要输入密码。</translation>
    </message>
    <message>
        <source>Sign in with your password.</source>
        <translation>请输入密码登录。</translation>
    </message>
    <message>
        <source>Sign in with your password (%1).</source>
        <translation>请输入密码登录（%1）。</translation>
    </message>
    <message>
        <source>This sign-in has been disabled. Ask your administrator.</source>
        <translation>此账号已停用。请联系管理员。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The server refused the new password: %1</source>
        <translation>服务器拒绝了新密码：%1</translation>
    </message>
</context>
<context>
    <name>WalletDesk::SignInDialog</name>
    <message>
        <source>Enter your username and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录……</translation>
    </message>
    <message>
        <source>Sign in to WalletDesk</source>
        <translation>登录 WalletDesk</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;One-time code (if you have one)</source>
        <translation>一次性验证码（如有）(&amp;O)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>一次性验证码</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>已退出登录。</translation>
    </message>
    <message>
        <source>Signed out on this computer. The server could not be reached: your session there is ended as soon as WalletDesk reaches it again.</source>
        <translation>已在这台电脑上退出登录。暂时无法连接服务器：WalletDesk 一旦重新连上服务器，就会结束您在服务器上的会话。</translation>
    </message>
    <message>
        <source>Signed out on this computer. The server could not be reached and there is no keychain to remember that: your session there ends when it expires.</source>
        <translation>已在这台电脑上退出登录。无法连接服务器，且没有可用的钥匙串来记住这一点：您在服务器上的会话将在到期后自动结束。</translation>
    </message>
    <message>
        <source>Signed out: the password was not changed.</source>
        <translation>已退出登录：密码未修改。</translation>
    </message>
    <message>
        <source>Choose your own password to go on.</source>
        <translation>请设置自己的密码后继续。</translation>
    </message>
</context>
<context>
    <name>WalletDesk::StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation>新建员工</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>显示名称(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>3 to 32 characters: a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter</source>
        <translation>3 到 32 个字符：a-z、0-9、“.”、“_”和“-”，以字母开头</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>The username must be 3 to 32 characters of a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter.</source>
        <translation>用户名须为 3 到 32 个字符，只能包含 a-z、0-9、“.”、“_”和“-”，并以字母开头。</translation>
    </message>
    <message>
        <source>The display name must be 1 to 64 characters.</source>
        <translation>显示名称须为 1 到 64 个字。</translation>
    </message>
    <message>
        <source>The display name must not hold control characters.</source>
        <translation>显示名称不能包含控制字符。</translation>
    </message>
</context>
<context>
    <name>WalletDesk::StaffDirectory</name>
    <message>
        <source>That username is taken (perhaps by a disabled staff member).</source>
        <translation>该用户名已被占用（可能是已停用的员工）。</translation>
    </message>
    <message>
        <source>This would leave no enabled administrator.</source>
        <translation>这样将没有在岗的管理员。</translation>
    </message>
    <message>
        <source>You cannot disable your own sign-in.</source>
        <translation>不能停用你自己的账号。</translation>
    </message>
    <message>
        <source>That sign-in is not locked.</source>
        <translation>该账号的登录未被锁定。</translation>
    </message>
    <message>
        <source>No two-factor enrolment is waiting for a code.</source>
        <translation>没有等待验证码确认的双重认证。</translation>
    </message>
    <message>
        <source>The code does not match: check the phone&apos;s clock and type the code shown now.</source>
        <translation>验证码不符：请检查手机时间，并输入当前显示的验证码。</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>只有管理员可以执行此操作。</translation>
    </message>
    <message>
        <source>The staff list from the server cannot be read (%1).</source>
        <translation>无法读取服务器返回的员工列表（%1）。</translation>
    </message>
    <message>
        <source>The server&apos;s answer cannot be read (%1).</source>
        <translation>无法读取服务器的应答（%1）。</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <source>%1 is disabled; their sessions have ended.</source>
        <translation>%1 已停用；其会话已全部结束。</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 已启用。</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 可以重新登录了。</translation>
    </message>
    <message>
        <source>Two-factor sign-in removed for %1.</source>
        <translation>已移除 %1 的双重认证。</translation>
    </message>
</context>
<context>
    <name>WalletDesk::StaffTableModel</name>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>; must change password</source>
        <translation>；须改密码</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>双重认证</translation>
    </message>
    <message>
        <source>Switched on</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Sign-in locked until %1 (%2)</source>
        <translation>登录已锁定至 %1（%2）</translation>
    </message>
    <message>
        <source>Last sign-in (%1)</source>
        <translation>最近登录（%1）</translation>
    </message>
</context>
<context>
    <name>WalletDesk::StaffView</name>
    <message>
        <source>Filter by username or name</source>
        <translation>按用户名或姓名筛选</translation>
    </message>
    <message>
        <source>Filter staff</source>
        <translation>筛选员工</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>角色(&amp;O)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Set up &amp;two-factor…</source>
        <translation>设置双重认证(&amp;T)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve two-factor…</source>
        <translation>移除双重认证(&amp;V)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>%1 created.</source>
        <translation>已创建 %1。</translation>
    </message>
    <message>
        <source>New one-time password for %1; their sessions have ended.</source>
        <translation>已为 %1 生成新的一次性密码；其会话已全部结束。</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on for %1.</source>
        <translation>%1 的双重认证已启用。</translation>
    </message>
    <message>
        <source>Someone else changed %1 meanwhile: the display name is now &quot;%2&quot; and the role %3. Your changes are filled in below; save to apply them to this record, or cancel to keep it.</source>
        <translation>在此期间其他人修改了 %1：显示名称现为“%2”，角色为%3。你的修改已重新填在下面；保存即可应用到当前记录，或取消以保留现状。</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Disable sign-in</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Disable %1? Their sessions end now, on every computer, and they cannot sign in until enabled again.</source>
        <translation>停用 %1？其在所有电脑上的会话立即结束，重新启用之前无法登录。</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Give %1 a new one-time password? Their password stops working and their sessions end now.</source>
        <translation>为 %1 生成新的一次性密码？其原密码立即失效，会话立即结束。</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Remove two-factor sign-in</source>
        <translation>移除双重认证</translation>
    </message>
    <message>
        <source>Remove two-factor sign-in for %1 (a lost phone)? They sign in with their password alone until it is set up again.</source>
        <translation>移除 %1 的双重认证（如手机丢失）？重新设置之前，其仅凭密码即可登录。</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
</context>
<context>
    <name>WalletDesk::SupervisorDesk</name>
    <message>
        <source>WalletDesk — supervisor</source>
        <translation>WalletDesk — 组长</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Supervisor views</source>
        <translation>组长视图</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>实时监控</translation>
    </message>
</context>
<context>
    <name>WalletDesk::SyncEngine</name>
    <message>
        <source>The server&apos;s list of changes cannot be read.</source>
        <translation>无法读取服务器的变更列表。</translation>
    </message>
</context>
<context>
    <name>WalletDesk::TotpEnrolDialog</name>
    <message>
        <source>Two-factor sign-in for %1</source>
        <translation>%1 的双重认证</translation>
    </message>
    <message>
        <source>%1 scans this code with their authenticator app (or types the key below). It is shown only now. Then type the 6-digit code the app shows to switch two-factor sign-in on.</source>
        <translation>请%1用身份验证器应用扫描此二维码（或手动输入下方密钥）。它只在此时显示。然后输入应用显示的 6 位验证码以启用双重认证。</translation>
    </message>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>身份验证器应用的二维码</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>链接(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>密钥(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Code from the app</source>
        <translation>应用中的验证码(&amp;C)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>应用中的验证码</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Type the 6 digits the app shows.</source>
        <translation>请输入应用显示的 6 位数字。</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>正在核对验证码…</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>密钥</translation>
    </message>
</context>
<context>
    <name>WalletDesk::TransactionExport</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>手续费（元）</translation>
    </message>
    <message>
        <source>Merchant or counterparty</source>
        <translation>商户或对方</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <source>Money taken</source>
        <translation>是否扣款</translation>
    </message>
    <message>
        <source>Reversal due</source>
        <translation>冲正期限</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Expected arrival</source>
        <translation>预计到账</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>WalletDesk::TransactionFeed</name>
    <message>
        <source>The server&apos;s answer cannot be read (%1).</source>
        <translation>无法读取服务器的应答（%1）。</translation>
    </message>
    <message>
        <source>No transaction has the order number %1.</source>
        <translation>没有订单号为 %1 的交易。</translation>
    </message>
    <message>
        <source>%1 Showing the cached copy.</source>
        <translation>%1 正在显示缓存的副本。</translation>
    </message>
    <message>
        <source>The server&apos;s answer cannot be read (no export id).</source>
        <translation>无法读取服务器的应答（缺少导出编号）。</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
</context>
<context>
    <name>WalletDesk::TransactionListModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Merchant / counterparty</source>
        <translation>商户 / 对方</translation>
    </message>
    <message>
        <source>debited</source>
        <translation>已扣款</translation>
    </message>
    <message>
        <source>possible double charge</source>
        <translation>疑似重复扣款</translation>
    </message>
    <message>
        <source>pending too long</source>
        <translation>等待过久</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1·%2</translation>
    </message>
</context>
<context>
    <name>WalletDesk::TransactionsTab</name>
    <message>
        <source>Select a transaction to see its details.</source>
        <translation>选择一笔交易以查看详情。</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · fee %4</source>
        <translation>%1 %2 · %3 · 手续费 %4</translation>
    </message>
    <message>
        <source>Merchant: %1</source>
        <translation>商户：%1</translation>
    </message>
    <message>
        <source>Failed: %1. Money taken: %2.</source>
        <translation>失败：%1。是否已扣款：%2。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Reversal due by %1.</source>
        <translation>预计 %1 前冲正退回。</translation>
    </message>
    <message>
        <source>Refund requested.</source>
        <translation>已申请退款。</translation>
    </message>
    <message>
        <source>Refunded.</source>
        <translation>已退款。</translation>
    </message>
    <message>
        <source>Bank: %1, card %2</source>
        <translation>银行：%1，卡号 %2</translation>
    </message>
    <message>
        <source>Expected arrival: %1 (working days, public holidays counted).</source>
        <translation>预计到账：%1（按工作日计算，已考虑法定节假日）。</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>按类型筛选</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <translation>最小金额</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <translation>最大金额</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Transaction details</source>
        <translation>交易详情</translation>
    </message>
    <message>
        <source>Order %1 belongs to another account, not to the one open.</source>
        <translation>订单 %1 属于其他账户，不属于当前打开的账户。</translation>
    </message>
    <message>
        <source>Not among the rows loaded with this filter.</source>
        <translation>不在当前筛选条件已加载的行中。</translation>
    </message>
    <message>
        <source>Export transactions</source>
        <translation>导出交易</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n rows written</source>
        <translation>
            <numerusform>正在导出… 已写入 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Order number, Enter to find</source>
        <translation>订单号，按回车查找</translation>
    </message>
    <message>
        <source>Find by order number</source>
        <translation>按订单号查找</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Export the filtered transactions as CSV</source>
        <translation>将筛选后的交易导出为 CSV</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>导出进度</translation>
    </message>
    <message numerus="yes">
        <source>%n transactions exported to %1.</source>
        <translation>
            <numerusform>已导出 %n 笔交易到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>转到日期</translation>
    </message>
    <message>
        <source>&amp;Go to date…</source>
        <translation>转到日期(&amp;G)…</translation>
    </message>
    <message>
        <source>Asking the server to record the export…</source>
        <translation>正在请服务器登记本次导出…</translation>
    </message>
    <message>
        <source>Not exported: another account is open now.</source>
        <translation>未导出：现在打开的是另一个账户。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消；没有写入文件。</translation>
    </message>
    <message>
        <source>&amp;Day (%1):</source>
        <translation>日期（%1）(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>WalletDesk::VerificationPanel</name>
    <message>
        <source>Not verified. Open the caller&apos;s account first.</source>
        <translation>未验证。请先打开来电人的账户。</translation>
    </message>
    <message>
        <source>Verified until %1</source>
        <translation>已验证，有效期至 %1</translation>
    </message>
    <message>
        <source>Code sent to %1: ask the caller to read it back (%2 tries left).</source>
        <translation>验证码已发送至 %1：请来电人念出验证码（还可尝试 %2 次）。</translation>
    </message>
    <message>
        <source>Ask: %1 (%2 tries left)</source>
        <translation>请提问：%1（还可尝试 %2 次）</translation>
    </message>
    <message>
        <source>Verification failed: too many wrong answers. Start again or end the call.</source>
        <translation>验证失败：错误次数过多。请重新验证或结束通话。</translation>
    </message>
    <message>
        <source>Verification expired. Verify again.</source>
        <translation>验证已过期，请重新验证。</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>未验证。</translation>
    </message>
    <message>
        <source>Caller verification</source>
        <translation>来电人身份验证</translation>
    </message>
    <message>
        <source>Send &amp;code by SMS</source>
        <translation>短信发送验证码(&amp;C)</translation>
    </message>
    <message>
        <source>Ask security &amp;question</source>
        <translation>提问安全问题(&amp;Q)</translation>
    </message>
    <message>
        <source>Code or answer the caller reads back</source>
        <translation>来电人念出的验证码或答案</translation>
    </message>
    <message>
        <source>Verification answer</source>
        <translation>验证答案</translation>
    </message>
    <message>
        <source>Send code by SMS</source>
        <translation>短信发送验证码</translation>
    </message>
    <message>
        <source>Ask security question</source>
        <translation>提问安全问题</translation>
    </message>
    <message>
        <source>Check the answer</source>
        <translation>核对答案</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>核对(&amp;K)</translation>
    </message>
    <message>
        <source>Requests on this call</source>
        <translation>本次通话的申请</translation>
    </message>
    <message>
        <source>Code sent to %1. Type what the caller reads out.</source>
        <translation>验证码已发送至 %1。请输入来电人读出的验证码。</translation>
    </message>
    <message>
        <source>Ask: %1</source>
        <translation>请提问：%1</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>已验证。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong answer, %n tries left.</source>
        <translation>
            <numerusform>回答错误，还剩 %n 次机会。</numerusform>
        </translation>
    </message>
    <message>
        <source>Code sent to %1</source>
        <translation>验证码已发送至 %1</translation>
    </message>
    <message>
        <source>%1, waiting %2</source>
        <translation>%1，已等待 %2</translation>
    </message>
</context>
<context>
    <name>WalletDesk::Wallboard</name>
    <message>
        <source>The server&apos;s answer cannot be read (%1).</source>
        <translation>无法读取服务器的应答（%1）。</translation>
    </message>
</context>
<context>
    <name>WalletDesk::WallboardView</name>
    <message>
        <source>On a call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>已超期 %1</translation>
    </message>
    <message>
        <source>Due today, %1 left</source>
        <translation>今日到期，还剩 %1</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>未分派</translation>
    </message>
    <message>
        <source>Loading the wallboard…</source>
        <translation>正在加载实时监控…</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>实时监控</translation>
    </message>
    <message>
        <source>no approvals waiting</source>
        <translation>没有等待中的审批</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>On the call for</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <source>Call started</source>
        <translation>通话开始</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Agents signed in</source>
        <translation>已登录的坐席</translation>
    </message>
    <message>
        <source>Approvals waiting</source>
        <translation>等待中的审批</translation>
    </message>
    <message>
        <source>Complaints overdue and due today</source>
        <translation>已超期和今日到期的投诉</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Time left or overdue</source>
        <translation>剩余或超期时长</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>approvals waiting: %1, the longest %2</source>
        <translation>%1 条审批等待，最久已等 %2</translation>
    </message>
    <message>
        <source>Agents %1, %2; %3; complaints %4, %5.</source>
        <translation>%1，%2；%3；%4，%5。</translation>
    </message>
    <message>
        <source>on a call: %1</source>
        <translation>%1 位坐席通话中</translation>
    </message>
    <message>
        <source>idle: %1</source>
        <translation>%1 位空闲</translation>
    </message>
    <message>
        <source>due today: %1</source>
        <translation>今日到期 %1 件</translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation>已超期 %1 件</translation>
    </message>
</context>
<context>
    <name>WalletDesk::WrapUpDialog</name>
    <message>
        <source>Wrap up the call</source>
        <translation>来电小结</translation>
    </message>
    <message>
        <source>Wrap-up code</source>
        <translation>小结代码</translation>
    </message>
    <message>
        <source>&amp;Wrap-up code</source>
        <translation>小结代码(&amp;W)</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>#%1, logged on this call</source>
        <translation>#%1，本次来电登记</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The call notes go with the record, card numbers masked.</source>
        <translation>来电备注将随记录一同保存，卡号已脱敏。</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>结束通话</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ZoneClock</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Every time in WalletDesk is %1, whatever this computer&apos;s clock says.</source>
        <translation>WalletDesk 中的所有时间均为%1，与本机时钟无关。</translation>
    </message>
    <message>
        <source>Call center time: %1 %2</source>
        <translation>呼叫中心时间：%1 %2</translation>
    </message>
</context>
</TS>
