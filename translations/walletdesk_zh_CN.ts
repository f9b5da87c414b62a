<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</context>
<context>
    <name>LocalStore</name>
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
        <source>The local cache %1 cannot be created: %2</source>
        <translation>无法创建本地缓存 %1：%2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>WalletDesk</source>
        <translation>WalletDesk</translation>
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
    <name>WalletDesk::AccountSearchModel</name>
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
        <source>Action: %1 (%2)</source>
        <translation>操作：%1（%2）</translation>
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
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Sign out devices</source>
        <translation>下线所有设备</translation>
    </message>
    <message>
        <source>Reset 2FA (approval)</source>
        <translation>重置双重认证（需审批）</translation>
    </message>
    <message>
        <source>Investigate</source>
        <translation>发起调查</translation>
    </message>
    <message>
        <source>Refund request</source>
        <translation>退款申请</translation>
    </message>
    <message>
        <source>Log complaint</source>
        <translation>记录投诉</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>结束来电</translation>
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
    <name>WalletDesk::ComplaintDialog</name>
    <message>
        <source>Log a complaint</source>
        <translation>记录投诉</translation>
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
        <source>What the customer wants</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <source>Acknowledge by %1; resolve by %2.</source>
        <translation>须在 %1 前受理，%2 前办结。</translation>
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
        <source>What the customer &amp;wants</source>
        <translation>客户诉求(&amp;W)</translation>
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
</context>
<context>
    <name>WalletDesk::ComplaintListModel</name>
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
</context>
<context>
    <name>WalletDesk::ConsoleCore</name>
    <message>
        <source>The local cache was rebuilt because %1. %2 unsent items and %3 note drafts were kept; the old file is at %4.</source>
        <translation>本地缓存已重建，原因：%1。已保留 %2 条未发送的记录和 %3 份备注草稿；旧文件位于 %4。</translation>
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
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易</translation>
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
        <source>Ctrl+K	search (phone, name, e-mail, account, order, card last 4)
Enter	open the selected account
Ctrl+Tab	next tab
F1	this list</source>
        <translation>Ctrl+K	搜索（手机号、姓名、邮箱、账号、订单号、卡尾号）
Enter	打开选中的账户
Ctrl+Tab	下一个标签页
F1	显示此列表</translation>
    </message>
    <message>
        <source>Complaint #%1 sent; the deadline clock runs.</source>
        <translation>投诉 #%1 已发送，时限开始计算。</translation>
    </message>
    <message>
        <source>A supervisor approved the %1 request.</source>
        <translation>组长已批准 %1 申请。</translation>
    </message>
    <message>
        <source>A supervisor rejected the %1 request: %2</source>
        <translation>组长已驳回 %1 申请：%2</translation>
    </message>
    <message>
        <source>Complaint logged.</source>
        <translation>已记录投诉。</translation>
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
</context>
<context>
    <name>WalletDesk::SyncEngine</name>
    <message>
        <source>The server&apos;s list of changes cannot be read.</source>
        <translation>无法读取服务器的变更列表。</translation>
    </message>
</context>
<context>
    <name>WalletDesk::TransactionListModel</name>
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
        <translation>验证失败：错误次数过多。请重新验证或结束来电。</translation>
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
        <source>Check</source>
        <translation>核对</translation>
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
        <translation>结束来电</translation>
    </message>
</context>
</TS>
