<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>TeamBuilder helps a small business decide which digital-marketing roles to hire, which to combine into one person and which to outsource, for its size, market and monthly budget. It works offline.</source>
        <translation>TeamBuilder giúp doanh nghiệp nhỏ quyết định nên tuyển những vai trò tiếp thị kỹ thuật số nào, gộp những vai trò nào cho một người đảm nhận và thuê ngoài những vai trò nào, tùy theo quy mô, thị trường và ngân sách hằng tháng. Ứng dụng hoạt động hoàn toàn ngoại tuyến.</translation>
    </message>
    <message>
        <source>Where the role content comes from</source>
        <translation>Nguồn nội dung về các vai trò</translation>
    </message>
    <message>
        <source>The roles, their ratings, pros, cons and advice are written in our own words from five articles in Persian, Arabic, Romanian and Vietnamese:</source>
        <translation>Các vai trò cùng mức đánh giá, ưu điểm, nhược điểm và lời khuyên được chúng tôi diễn đạt lại từ năm bài viết bằng tiếng Ba Tư, tiếng Ả Rập, tiếng Romania và tiếng Việt:</translation>
    </message>
    <message>
        <source>Where the cost figures come from</source>
        <translation>Nguồn số liệu chi phí</translation>
    </message>
    <message>
        <source>Default salaries and rates come from public sources; every figure can be changed under Edit &gt; Cost Assumptions.</source>
        <translation>Mức lương và mức phí mặc định lấy từ các nguồn công khai; bạn có thể thay đổi mọi con số trong Chỉnh sửa &gt; Giả định chi phí.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>không rõ năm</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>Free software under the {licence} licence.</source>
        <translation>Phần mềm tự do theo giấy phép {licence}.</translation>
    </message>
    <message>
        <source>Persian and Arabic text is shown in the Vazirmatn font by Saber Rastikerdar, shipped under the SIL Open Font License 1.1.</source>
        <translation>Văn bản tiếng Ba Tư và tiếng Ả Rập được hiển thị bằng phông chữ Vazirmatn của Saber Rastikerdar, phát hành theo giấy phép SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Giới thiệu {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Phiên bản {version}</translation>
    </message>
    <message>
        <source>About TeamBuilder</source>
        <translation>Giới thiệu TeamBuilder</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Your changes could not be autosaved: %1</source>
        <translation>Không thể tự động lưu các thay đổi của bạn: %1</translation>
    </message>
    <message>
        <source>TeamBuilder did not close properly, but your unsaved changes to “%1” were kept (autosaved %2).</source>
        <translation>TeamBuilder đã không được đóng đúng cách, nhưng các thay đổi chưa lưu của bạn trong “%1” vẫn được giữ lại (tự động lưu lúc %2).</translation>
    </message>
    <message>
        <source>Restore them to go on where you stopped, or discard them for good.</source>
        <translation>Hãy khôi phục để tiếp tục từ chỗ bạn đã dừng, hoặc hủy bỏ vĩnh viễn.</translation>
    </message>
    <message>
        <source>TeamBuilder did not close properly, but your unsaved plan was kept (autosaved %2).</source>
        <translation>TeamBuilder đã không được đóng đúng cách, nhưng kế hoạch chưa lưu của bạn vẫn được giữ lại (tự động lưu lúc %2).</translation>
    </message>
    <message>
        <source>Restore it to go on where you stopped, or discard it for good.</source>
        <translation>Hãy khôi phục để tiếp tục từ chỗ bạn đã dừng, hoặc hủy bỏ vĩnh viễn.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Hủy bỏ</translation>
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
        <translation>Ngân sách này chưa đủ để thuê bất kỳ ai.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Budget %1 (over by %2)</source>
        <translation>Ngân sách %1 (vượt %2)</translation>
    </message>
    <message>
        <source>Budget %1 (%2 left)</source>
        <translation>Ngân sách %1 (còn %2)</translation>
    </message>
    <message>
        <source>The team costs %1 a month of a %2 monthly budget.</source>
        <translation>Chi phí của đội ngũ là %1 mỗi tháng, trên ngân sách hằng tháng %2.</translation>
    </message>
    <message>
        <source>Budget chart</source>
        <translation>Biểu đồ ngân sách</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Made of</source>
        <translation>Gồm các vai trò</translation>
    </message>
    <message>
        <source>What the role does</source>
        <translation>Công việc của vai trò</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>Kết quả mong đợi</translation>
    </message>
    <message>
        <source>Ideal use case</source>
        <translation>Trường hợp sử dụng lý tưởng</translation>
    </message>
    <message>
        <source>Key advantage</source>
        <translation>Ưu điểm chính</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation>Ưu điểm</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation>Nhược điểm</translation>
    </message>
    <message>
        <source>{role}: about {share} of its work</source>
        <translation>{role}: khoảng {share} công việc</translation>
    </message>
    <message>
        <source>Single role.</source>
        <translation>Vai trò đơn lẻ.</translation>
    </message>
    <message>
        <source>Up to four roles fit side by side; left out: {names}.</source>
        <translation>Chỉ so sánh được tối đa bốn vai trò cùng lúc; đã bỏ bớt: {names}.</translation>
    </message>
    <message>
        <source>Not in the role catalogue, so not shown: {ids}.</source>
        <translation>Không có trong danh mục vai trò nên không hiển thị: {ids}.</translation>
    </message>
    <message>
        <source>It also takes on smaller parts of: {names}. Up to four roles fit side by side.</source>
        <translation>Vai trò này còn đảm nhận một phần nhỏ công việc của: {names}. Chỉ so sánh được tối đa bốn vai trò cùng lúc.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Choose a role…</source>
        <translation>Chọn vai trò…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không chọn)</translation>
    </message>
    <message>
        <source>Choose at least two roles or combined roles to see them side by side.</source>
        <translation>Chọn ít nhất hai vai trò hoặc vai trò kiêm nhiệm để so sánh song song.</translation>
    </message>
    <message>
        <source>Combined role: one person, several roles</source>
        <translation>Vai trò kiêm nhiệm: một người, nhiều vai trò</translation>
    </message>
    <message>
        <source>Role from the seed table</source>
        <translation>Vai trò trong bảng so sánh gốc</translation>
    </message>
    <message>
        <source>Compare with its roles</source>
        <translation>So sánh với các vai trò thành phần</translation>
    </message>
    <message>
        <source>Show this combined role next to the specialists whose work it takes on.</source>
        <translation>Đặt vai trò kiêm nhiệm này cạnh các vai trò chuyên môn mà nó đảm nhận thay.</translation>
    </message>
    <message>
        <source>{level} of {steps} steps filled</source>
        <translation>Đạt {level} trên {steps} mức</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;So sánh:</translation>
    </message>
    <message>
        <source>Role comparison</source>
        <translation>So sánh vai trò</translation>
    </message>
    <message>
        <source>Role in column {n}</source>
        <translation>Vai trò ở cột {n}</translation>
    </message>
    <message>
        <source>Choose the role or combined role shown in this column.</source>
        <translation>Chọn vai trò hoặc vai trò kiêm nhiệm hiển thị trong cột này.</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Not changed: {problem}</source>
        <translation>Chưa thay đổi: {problem}</translation>
    </message>
    <message>
        <source>Enter a three-letter currency code such as USD, EUR or RON.</source>
        <translation>Nhập mã tiền tệ gồm ba chữ cái, ví dụ USD, EUR hoặc VND.</translation>
    </message>
    <message>
        <source>Changing the currency does not convert the figures: type them in that currency.</source>
        <translation>Đổi đơn vị tiền tệ không tự quy đổi các con số: hãy nhập lại chúng theo đơn vị tiền tệ mới.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>không rõ năm</translation>
    </message>
    <message>
        <source>Salary to full employer cost. Source: {publisher}, {title} ({year}).</source>
        <translation>Quy đổi từ lương sang tổng chi phí của người sử dụng lao động. Nguồn: {publisher}, {title} ({year}).</translation>
    </message>
    <message>
        <source>Salary to full employer cost. Changed by you.</source>
        <translation>Quy đổi từ lương sang tổng chi phí của người sử dụng lao động. Do bạn thay đổi.</translation>
    </message>
    <message>
        <source>Cost Assumptions</source>
        <translation>Giả định chi phí</translation>
    </message>
    <message>
        <source>The plan costs each role with these figures. Each one names its public source and year; point at a figure for details. Double-click a figure to change it.</source>
        <translation>Kế hoạch tính chi phí cho từng vai trò theo các số liệu này. Mỗi số liệu đều ghi rõ nguồn công khai và năm; trỏ chuột vào một số liệu để xem chi tiết. Nhấp đúp vào số liệu để thay đổi.</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>Đơn vị &amp;tiền tệ:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Đơn vị tiền tệ</translation>
    </message>
    <message>
        <source>Three-letter code of the currency of every amount.</source>
        <translation>Mã ba chữ cái của đơn vị tiền tệ dùng cho mọi số tiền.</translation>
    </message>
    <message>
        <source>Employer &amp;on-cost multiplier:</source>
        <translation>&amp;Hệ số chi phí lao động:</translation>
    </message>
    <message>
        <source>Employer on-cost multiplier</source>
        <translation>Hệ số chi phí của người sử dụng lao động</translation>
    </message>
    <message>
        <source>An employee costs more than the salary: taxes, insurance and benefits. 1.29 means 29% on top of the salary.</source>
        <translation>Chi phí cho một nhân viên cao hơn tiền lương vì còn thuế, bảo hiểm và phúc lợi. 1,29 nghĩa là cộng thêm 29% vào tiền lương.</translation>
    </message>
    <message>
        <source>Cost figures</source>
        <translation>Số liệu chi phí</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>&amp;Khôi phục mặc định</translation>
    </message>
    <message>
        <source>Use the built-in figures from the public sources again.</source>
        <translation>Dùng lại các số liệu có sẵn lấy từ nguồn công khai.</translation>
    </message>
    <message>
        <source>Full-time employee</source>
        <translation>Nhân viên toàn thời gian</translation>
    </message>
    <message>
        <source>Part-time employee</source>
        <translation>Nhân viên bán thời gian</translation>
    </message>
    <message>
        <source>Freelancer</source>
        <translation>Freelancer</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Fractional leader (part-time, outside)</source>
        <translation>Lãnh đạo bán thời gian từ bên ngoài</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Hãy nhập số tiền.</translation>
    </message>
    <message>
        <source>That is not a number. Type digits, for example 4500 or 4,500.</source>
        <translation>Đó không phải là một số. Hãy nhập chữ số, ví dụ 4500 hoặc 4.500.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Số tiền không được là số âm.</translation>
    </message>
    <message>
        <source>That amount is too large. Enter at most %1.</source>
        <translation>Số tiền này quá lớn. Hãy nhập giá trị không quá %1.</translation>
    </message>
    <message>
        <source>Enter a share between 1 and 100 percent.</source>
        <translation>Nhập tỷ lệ từ 1 đến 100 phần trăm.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Số tiền phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>Enter a multiplier between 1 and 3; 1.29 means 29% on top of the salary.</source>
        <translation>Nhập hệ số từ 1 đến 3; 1,29 nghĩa là cộng thêm 29% vào tiền lương.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Mỗi tháng</translation>
    </message>
    <message>
        <source>Source and year</source>
        <translation>Nguồn và năm</translation>
    </message>
    <message>
        <source>{amount} a year</source>
        <translation>{amount} mỗi năm</translation>
    </message>
    <message>
        <source>{rate} an hour, {hours} hours a month</source>
        <translation>{rate} mỗi giờ, {hours} giờ mỗi tháng</translation>
    </message>
    <message>
        <source>{percent} of the full-time cost</source>
        <translation>{percent} chi phí toàn thời gian</translation>
    </message>
    <message>
        <source>{amount} a month</source>
        <translation>{amount} mỗi tháng</translation>
    </message>
    <message>
        <source>Changed by you</source>
        <translation>Do bạn thay đổi</translation>
    </message>
    <message>
        <source>{publisher}, {year}</source>
        <translation>{publisher}, {year}</translation>
    </message>
    <message>
        <source>Assumption: share of the full-time cost</source>
        <translation>Giả định: tỷ lệ so với chi phí toàn thời gian</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Giả định</translation>
    </message>
    <message>
        <source>You changed this figure; Reset to Defaults restores it.</source>
        <translation>Bạn đã thay đổi số liệu này; nút Khôi phục mặc định sẽ đưa nó về giá trị ban đầu.</translation>
    </message>
    <message>
        <source>Stand-in occupation: {proxy}</source>
        <translation>Nghề nghiệp dùng để tham chiếu: {proxy}</translation>
    </message>
    <message>
        <source>Fully loaded monthly cost used by the plan.</source>
        <translation>Tổng chi phí hằng tháng (đã gồm mọi khoản) mà kế hoạch sử dụng.</translation>
    </message>
</context>
<context>
    <name>DeferredModel</name>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Why not now</source>
        <translation>Vì sao chưa tuyển</translation>
    </message>
    <message>
        <source>Cost to add</source>
        <translation>Chi phí bổ sung</translation>
    </message>
    <message>
        <source>%1 a month (%2)</source>
        <comment>cost to add a role, then how it would be staffed</comment>
        <translation>%1 mỗi tháng (%2)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The report could not be started.</source>
        <translation>Không thể bắt đầu tạo báo cáo.</translation>
    </message>
    <message>
        <source>{title} — {date}</source>
        <translation>{title} — {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Trang {page}/{pages}</translation>
    </message>
    <message>
        <source>Print Plan</source>
        <translation>In kế hoạch</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>Details: %1</source>
        <translation>Chi tiết: %1</translation>
    </message>
    <message>
        <source>The file does not exist any more: it may have been moved, renamed or deleted.</source>
        <translation>Tệp này không còn nữa: có thể nó đã bị di chuyển, đổi tên hoặc xóa.</translation>
    </message>
    <message>
        <source>You do not have permission to read this file.</source>
        <translation>Bạn không có quyền đọc tệp này.</translation>
    </message>
    <message>
        <source>This is a folder, not a plan file.</source>
        <translation>Đây là một thư mục, không phải tệp kế hoạch.</translation>
    </message>
    <message>
        <source>This is not an ordinary file, so it is not a plan.</source>
        <translation>Đây không phải là một tệp thông thường nên không phải là kế hoạch.</translation>
    </message>
    <message>
        <source>The file is far larger than any plan, so it was not read.</source>
        <translation>Tệp này lớn hơn nhiều so với bất kỳ kế hoạch nào nên đã không được đọc.</translation>
    </message>
    <message>
        <source>The system could not read the file. If it is on a removable drive or a network folder, check that it is connected.</source>
        <translation>Hệ thống không đọc được tệp này. Nếu tệp nằm trên ổ đĩa rời hoặc thư mục mạng, hãy kiểm tra xem ổ đĩa hoặc thư mục đó đã được kết nối chưa.</translation>
    </message>
    <message>
        <source>It was made by a newer version of TeamBuilder. Update TeamBuilder to open it.</source>
        <translation>Tệp này được tạo bằng một phiên bản TeamBuilder mới hơn. Hãy cập nhật TeamBuilder để mở nó.</translation>
    </message>
    <message>
        <source>The file is damaged or is not a TeamBuilder plan.</source>
        <translation>Tệp này bị hỏng hoặc không phải là kế hoạch TeamBuilder.</translation>
    </message>
    <message>
        <source>The plan “%1” could not be opened.</source>
        <translation>Không thể mở kế hoạch “%1”.</translation>
    </message>
    <message>
        <source>The file was not changed. TeamBuilder has started with a new plan instead.</source>
        <translation>Tệp không bị thay đổi. Thay vào đó, TeamBuilder đã khởi động với một kế hoạch mới.</translation>
    </message>
    <message>
        <source>The file was not changed, and the plan in the window is kept as it was.</source>
        <translation>Tệp không bị thay đổi và kế hoạch trong cửa sổ vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, or save the plan on another drive.</source>
        <translation>Ổ đĩa đã đầy. Hãy giải phóng bớt dung lượng hoặc lưu kế hoạch vào ổ đĩa khác.</translation>
    </message>
    <message>
        <source>This folder or drive is read-only. Save the plan in another folder, such as Documents.</source>
        <translation>Thư mục hoặc ổ đĩa này chỉ cho phép đọc. Hãy lưu kế hoạch vào thư mục khác, chẳng hạn Tài liệu.</translation>
    </message>
    <message>
        <source>You do not have permission to write in this folder. Save the plan in another folder, such as Documents.</source>
        <translation>Bạn không có quyền ghi vào thư mục này. Hãy lưu kế hoạch vào thư mục khác, chẳng hạn Tài liệu.</translation>
    </message>
    <message>
        <source>The folder does not exist any more. Save the plan in another folder.</source>
        <translation>Thư mục này không còn nữa. Hãy lưu kế hoạch vào thư mục khác.</translation>
    </message>
    <message>
        <source>The file is read-only. Save the plan under another name.</source>
        <translation>Tệp này chỉ cho phép đọc. Hãy lưu kế hoạch với tên khác.</translation>
    </message>
    <message>
        <source>A folder has this name. Choose a file name instead.</source>
        <translation>Đã có một thư mục mang tên này. Hãy chọn một tên tệp.</translation>
    </message>
    <message>
        <source>The file name is too long. Choose a shorter name.</source>
        <translation>Tên tệp quá dài. Hãy chọn tên ngắn hơn.</translation>
    </message>
    <message>
        <source>The plan is too large to save. Shorten its notes.</source>
        <translation>Kế hoạch quá lớn để lưu. Hãy rút ngắn phần ghi chú.</translation>
    </message>
    <message>
        <source>The system reported an error. Try saving the plan in another folder.</source>
        <translation>Hệ thống đã báo lỗi. Hãy thử lưu kế hoạch vào thư mục khác.</translation>
    </message>
    <message>
        <source>The plan could not be saved to “%1”.</source>
        <translation>Không thể lưu kế hoạch vào “%1”.</translation>
    </message>
    <message>
        <source>Your changes are still in the window, not saved yet. A file saved there before is unchanged.</source>
        <translation>Các thay đổi của bạn vẫn còn trong cửa sổ nhưng chưa được lưu. Tệp đã lưu ở đó trước đây vẫn giữ nguyên.</translation>
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
        <translation>Chế độ xem này chưa khả dụng.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Tạo mới</translation>
    </message>
    <message>
        <source>Start a new plan.</source>
        <translation>Bắt đầu một kế hoạch mới.</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Mở...</translation>
    </message>
    <message>
        <source>Open a saved plan.</source>
        <translation>Mở một kế hoạch đã lưu.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Xóa danh sách</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Save the plan.</source>
        <translation>Lưu kế hoạch.</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Lưu thà&amp;nh...</translation>
    </message>
    <message>
        <source>Save the plan under a new name.</source>
        <translation>Lưu kế hoạch với tên mới.</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>Xuất &amp;PDF...</translation>
    </message>
    <message>
        <source>Write the plan as a PDF report.</source>
        <translation>Xuất kế hoạch thành báo cáo PDF.</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>Xuất &amp;CSV...</translation>
    </message>
    <message>
        <source>Write the team lines as a CSV spreadsheet file.</source>
        <translation>Xuất danh sách đội ngũ thành tệp bảng tính CSV.</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>&amp;In...</translation>
    </message>
    <message>
        <source>Print the plan.</source>
        <translation>In kế hoạch.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Chỉnh sửa</translation>
    </message>
    <message>
        <source>&amp;Cost Assumptions...</source>
        <translation>&amp;Giả định chi phí...</translation>
    </message>
    <message>
        <source>See and change the salaries and rates the plan is costed with.</source>
        <translation>Xem và thay đổi mức lương, mức phí dùng để tính chi phí cho kế hoạch.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>&amp;About TeamBuilder</source>
        <translation>&amp;Giới thiệu TeamBuilder</translation>
    </message>
    <message>
        <source>Recommended &amp;Team</source>
        <translation>Đội ngũ đề &amp;xuất</translation>
    </message>
    <message>
        <source>&amp;Compare Roles</source>
        <translation>&amp;So sánh vai trò</translation>
    </message>
    <message>
        <source>Role &amp;Library</source>
        <translation>&amp;Thư viện vai trò</translation>
    </message>
    <message>
        <source>No plan could be worked out for these answers, so the plan shown has not changed: %1</source>
        <translation>Không thể lập kế hoạch cho các câu trả lời này, nên kế hoạch đang hiển thị vẫn giữ nguyên: %1</translation>
    </message>
    <message>
        <source>The role descriptions in this language cannot be read, so the English ones are shown: %1</source>
        <translation>Không thể đọc phần mô tả vai trò bằng ngôn ngữ này nên ứng dụng hiển thị bản tiếng Anh: %1</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>Bạn có muốn lưu các thay đổi trong “%1” không?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Nếu không lưu, các thay đổi của bạn sẽ bị mất.</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Mở kế hoạch</translation>
    </message>
    <message>
        <source>TeamBuilder plans (*%1)</source>
        <translation>Kế hoạch TeamBuilder (*%1)</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>kế hoạch</translation>
    </message>
    <message>
        <source>The plan&apos;s cost assumptions cannot be used, so the built-in figures are used instead: %1</source>
        <translation>Không thể dùng giả định chi phí của kế hoạch nên ứng dụng dùng số liệu có sẵn thay thế: %1</translation>
    </message>
    <message>
        <source>Marketing team plan</source>
        <translation>Kế hoạch đội ngũ tiếp thị</translation>
    </message>
    <message>
        <source>Save Plan</source>
        <translation>Lưu kế hoạch</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Đã lưu vào %1.</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Chưa có kế hoạch gần đây</translation>
    </message>
    <message>
        <source>your cost assumptions</source>
        <translation>giả định chi phí của bạn</translation>
    </message>
    <message>
        <source>These cost assumptions cannot be used.</source>
        <translation>Không thể dùng các giả định chi phí này.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Không thể ghi tệp PDF.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Đã xuất ra %1.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>The CSV file could not be written.</source>
        <translation>Không thể ghi tệp CSV.</translation>
    </message>
    <message>
        <source>This feature is not available yet.</source>
        <translation>Tính năng này chưa khả dụng.</translation>
    </message>
</context>
<context>
    <name>Mode</name>
    <message>
        <source>Full-time</source>
        <translation>Toàn thời gian</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>Bán thời gian</translation>
    </message>
    <message>
        <source>Freelancer</source>
        <translation>Freelancer</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Fractional leader</source>
        <translation>Lãnh đạo bán thời gian từ bên ngoài</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>Enter a number.</source>
        <translation>Hãy nhập một số.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>“%1” không phải là một số.</translation>
    </message>
    <message>
        <source>Enter at least %1.</source>
        <translation>Hãy nhập giá trị từ %1 trở lên.</translation>
    </message>
    <message>
        <source>Enter at most %1.</source>
        <translation>Hãy nhập giá trị không quá %1.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Hãy nhập một số nguyên.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Chưa thay đổi: %1</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Chưa đặt tên</translation>
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
        <translation>Tổng số người làm việc trong công ty.</translation>
    </message>
    <message>
        <source>Em&amp;ployees:</source>
        <translation>Số nhân &amp;viên:</translation>
    </message>
    <message>
        <source>Number of employees</source>
        <translation>Số nhân viên của công ty</translation>
    </message>
    <message>
        <source>Mar&amp;ket focus:</source>
        <translation>Thị t&amp;rường:</translation>
    </message>
    <message>
        <source>Businesses (B2B)</source>
        <translation>Doanh nghiệp (B2B)</translation>
    </message>
    <message>
        <source>Consumers (B2C)</source>
        <translation>Người tiêu dùng (B2C)</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Cả hai</translation>
    </message>
    <message>
        <source>Whether you sell to other businesses, to consumers, or to both.</source>
        <translation>Bạn bán hàng cho doanh nghiệp khác, cho người tiêu dùng hay cho cả hai.</translation>
    </message>
    <message>
        <source>Market focus</source>
        <translation>Thị trường trọng tâm</translation>
    </message>
    <message>
        <source>Monthly &amp;budget:</source>
        <translation>&amp;Ngân sách tháng:</translation>
    </message>
    <message>
        <source>What you can spend each month on marketing people and services, in %1.</source>
        <translation>Số tiền bạn có thể chi mỗi tháng cho nhân sự và dịch vụ tiếp thị, tính bằng %1.</translation>
    </message>
    <message>
        <source>What you can spend each month on marketing people and services.</source>
        <translation>Số tiền bạn có thể chi mỗi tháng cho nhân sự và dịch vụ tiếp thị.</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Ngân sách hằng tháng</translation>
    </message>
    <message>
        <source>Currency of the cost assumptions (Edit &gt; Cost assumptions).</source>
        <translation>Đơn vị tiền tệ của giả định chi phí (Chỉnh sửa &gt; Giả định chi phí).</translation>
    </message>
    <message>
        <source>Time h&amp;orizon:</source>
        <translation>&amp;Khung thời gian:</translation>
    </message>
    <message>
        <source>Quick results</source>
        <translation>Kết quả nhanh</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Cân bằng</translation>
    </message>
    <message>
        <source>Long-term growth</source>
        <translation>Tăng trưởng dài hạn</translation>
    </message>
    <message>
        <source>Whether results must come quickly or you are building for the long term.</source>
        <translation>Bạn cần kết quả nhanh hay đang xây dựng cho chặng đường dài.</translation>
    </message>
    <message>
        <source>Time horizon</source>
        <translation>Khung thời gian</translation>
    </message>
    <message>
        <source>&amp;Digital products or online platform</source>
        <translation>Sản &amp;phẩm số hay nền tảng trực tuyến</translation>
    </message>
    <message>
        <source>Tick this if the business sells or builds software, an app or a web service, or runs an online platform: its marketing technology then needs an owner, the digital product manager.</source>
        <translation>Đánh dấu nếu doanh nghiệp bán hoặc phát triển phần mềm, ứng dụng hay dịch vụ web, hoặc vận hành một nền tảng trực tuyến: khi đó công nghệ tiếp thị của doanh nghiệp cần có người phụ trách, tức là quản lý sản phẩm số.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Brand &amp;awareness</source>
        <translation>Nhận &amp;diện thương hiệu</translation>
    </message>
    <message>
        <source>Get known by more of the people you sell to.</source>
        <translation>Được nhiều khách hàng mục tiêu biết đến hơn.</translation>
    </message>
    <message>
        <source>More &amp;leads</source>
        <translation>Thê&amp;m khách hàng tiềm năng</translation>
    </message>
    <message>
        <source>More enquiries and prospects for your sales team.</source>
        <translation>Thêm yêu cầu tư vấn và khách hàng tiềm năng cho đội bán hàng.</translation>
    </message>
    <message>
        <source>O&amp;nline sales</source>
        <translation>&amp;Bán hàng trực tuyến</translation>
    </message>
    <message>
        <source>Sell more through your website or online shop.</source>
        <translation>Bán được nhiều hơn qua website hoặc cửa hàng trực tuyến.</translation>
    </message>
    <message>
        <source>Keep &amp;customers</source>
        <translation>Giữ c&amp;hân khách hàng</translation>
    </message>
    <message>
        <source>Bring existing customers back and keep them.</source>
        <translation>Khiến khách hàng hiện có quay lại và gắn bó lâu dài.</translation>
    </message>
    <message>
        <source>Roles already covered</source>
        <translation>Vai trò đã có người đảm nhận</translation>
    </message>
    <message>
        <source>Tick the roles someone in the company already does, so the plan does not hire for them.</source>
        <translation>Đánh dấu những vai trò đã có người trong công ty đảm nhận để kế hoạch không tuyển thêm cho các vai trò đó.</translation>
    </message>
</context>
<context>
    <name>Ratings</name>
    <message>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Vừa phải</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Implementation complexity</source>
        <translation>Độ phức tạp thực thi</translation>
    </message>
    <message>
        <source>Resource requirements</source>
        <translation>Yêu cầu tài nguyên</translation>
    </message>
    <message>
        <source>Derived from the roles it merges: as demanding as its most demanding part ({roles}).</source>
        <translation>Suy ra từ các vai trò được gộp: ngang với phần đòi hỏi cao nhất ({roles}).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{rating}: {word} ({step} of {steps}). {note}</source>
        <translation>{rating}: {word} (mức {step} trên {steps}). {note}</translation>
    </message>
    <message>
        <source>Rating meter</source>
        <translation>Thang đánh giá</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Businesses (B2B)</source>
        <translation>Doanh nghiệp (B2B)</translation>
    </message>
    <message>
        <source>Consumers (B2C)</source>
        <translation>Người tiêu dùng (B2C)</translation>
    </message>
    <message>
        <source>Businesses and consumers (B2B and B2C)</source>
        <translation>Doanh nghiệp và người tiêu dùng (B2B và B2C)</translation>
    </message>
    <message>
        <source>Brand awareness</source>
        <translation>Nhận diện thương hiệu</translation>
    </message>
    <message>
        <source>More leads</source>
        <translation>Thêm khách hàng tiềm năng</translation>
    </message>
    <message>
        <source>Online sales</source>
        <translation>Bán hàng trực tuyến</translation>
    </message>
    <message>
        <source>Keep customers</source>
        <translation>Giữ chân khách hàng</translation>
    </message>
    <message>
        <source>Quick results</source>
        <translation>Kết quả nhanh</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Cân bằng</translation>
    </message>
    <message>
        <source>Long-term growth</source>
        <translation>Tăng trưởng dài hạn</translation>
    </message>
    <message>
        <source>People in the company</source>
        <translation>Số người trong công ty</translation>
    </message>
    <message>
        <source>Market focus</source>
        <translation>Thị trường trọng tâm</translation>
    </message>
    <message>
        <source>Monthly budget for marketing people</source>
        <translation>Ngân sách hằng tháng cho nhân sự tiếp thị</translation>
    </message>
    <message>
        <source>Time horizon</source>
        <translation>Khung thời gian</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Roles already covered</source>
        <translation>Vai trò đã có người đảm nhận</translation>
    </message>
    <message>
        <source>Digital products</source>
        <translation>Sản phẩm số</translation>
    </message>
    <message>
        <source>Sells or builds digital products or runs an online platform</source>
        <translation>Bán hoặc phát triển sản phẩm số, hoặc vận hành một nền tảng trực tuyến</translation>
    </message>
    <message>
        <source>Total a month</source>
        <translation>Tổng mỗi tháng</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Ngân sách hằng tháng</translation>
    </message>
    <message>
        <source>Left in the budget</source>
        <translation>Còn lại trong ngân sách</translation>
    </message>
    <message>
        <source>Over the budget</source>
        <translation>Vượt ngân sách</translation>
    </message>
    <message>
        <source>Person or service</source>
        <translation>Người hoặc dịch vụ</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Đảm nhận</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Chi phí hằng tháng</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Implementation complexity</source>
        <translation>Độ phức tạp thực thi</translation>
    </message>
    <message>
        <source>Resource requirements</source>
        <translation>Yêu cầu tài nguyên</translation>
    </message>
    <message>
        <source>Key advantage</source>
        <translation>Ưu điểm chính</translation>
    </message>
    <message>
        <source>{amount} a month ({mode})</source>
        <translation>{amount} mỗi tháng ({mode})</translation>
    </message>
    <message>
        <source>Why not now</source>
        <translation>Vì sao chưa tuyển</translation>
    </message>
    <message>
        <source>What adding it would cost</source>
        <translation>Chi phí nếu bổ sung</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>không rõ năm</translation>
    </message>
    <message>
        <source>Digital marketing team plan, {date}</source>
        <translation>Kế hoạch đội ngũ tiếp thị kỹ thuật số, {date}</translation>
    </message>
    <message>
        <source>Made with {app} {version} on {date}. Costs are in {currency}, including employer on-costs (x{multiplier}).</source>
        <translation>Lập bằng {app} {version} ngày {date}. Chi phí tính bằng {currency}, đã gồm các khoản chi của người sử dụng lao động (x{multiplier}).</translation>
    </message>
    <message>
        <source>Roles, ratings and advice come from these articles:</source>
        <translation>Các vai trò, mức đánh giá và lời khuyên lấy từ những bài viết sau:</translation>
    </message>
    <message>
        <source>Cost figures come from these public sources:</source>
        <translation>Số liệu chi phí lấy từ các nguồn công khai sau:</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Doanh nghiệp của bạn</translation>
    </message>
    <message>
        <source>Recommended team</source>
        <translation>Đội ngũ đề xuất</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Spending against the budget</source>
        <translation>Chi tiêu so với ngân sách</translation>
    </message>
    <message>
        <source>The recommended roles side by side</source>
        <translation>So sánh các vai trò được đề xuất</translation>
    </message>
    <message>
        <source>Roles left for later</source>
        <translation>Vai trò để sau</translation>
    </message>
    <message>
        <source>Channels to favour</source>
        <translation>Các kênh nên ưu tiên</translation>
    </message>
    <message>
        <source>Next steps as the budget grows</source>
        <translation>Các bước tiếp theo khi ngân sách tăng</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>No one fits within this budget yet.</source>
        <translation>Ngân sách này chưa đủ để thuê bất kỳ ai.</translation>
    </message>
</context>
<context>
    <name>RichText</name>
    <message>
        <source>%1. %2</source>
        <comment>numbered list item</comment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>RoleLibrary</name>
    <message>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Combined roles</source>
        <translation>Vai trò kiêm nhiệm</translation>
    </message>
    <message>
        <source>The eight roles of a digital marketing team.</source>
        <translation>Tám vai trò của một nhóm tiếp thị kỹ thuật số.</translation>
    </message>
    <message>
        <source>One person taking on parts of several roles.</source>
        <translation>Một người đảm nhận một phần công việc của nhiều vai trò.</translation>
    </message>
    <message>
        <source>Combined role: one person taking on parts of several roles</source>
        <translation>Vai trò kiêm nhiệm: một người đảm nhận một phần công việc của nhiều vai trò</translation>
    </message>
    <message>
        <source>Made of</source>
        <translation>Gồm các vai trò</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>Kết quả mong đợi</translation>
    </message>
    <message>
        <source>Leadership role from the seed table</source>
        <translation>Vai trò lãnh đạo trong bảng so sánh gốc</translation>
    </message>
    <message>
        <source>Generalist role from the seed table</source>
        <translation>Vai trò tổng hợp trong bảng so sánh gốc</translation>
    </message>
    <message>
        <source>Specialist role from the seed table</source>
        <translation>Vai trò chuyên môn trong bảng so sánh gốc</translation>
    </message>
    <message>
        <source>Ideal use case</source>
        <translation>Trường hợp sử dụng lý tưởng</translation>
    </message>
    <message>
        <source>Key advantage</source>
        <translation>Ưu điểm chính</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Trách nhiệm</translation>
    </message>
    <message>
        <source>How to measure it (KPIs)</source>
        <translation>Cách đo lường (KPI)</translation>
    </message>
    <message>
        <source>Practical tips</source>
        <translation>Mẹo thực hành</translation>
    </message>
    <message>
        <source>{name}: {text}</source>
        <translation>{name}: {text}</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation>Ưu điểm</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation>Nhược điểm</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Show {name} side by side with other roles.</source>
        <translation>So sánh {name} với các vai trò khác.</translation>
    </message>
    <message>
        <source>Search roles, tasks, KPIs, channels</source>
        <translation>Tìm vai trò, công việc, KPI, kênh</translation>
    </message>
    <message>
        <source>Search roles</source>
        <translation>Tìm vai trò</translation>
    </message>
    <message>
        <source>Type a word to list only the roles that mention it.</source>
        <translation>Nhập một từ để chỉ hiện những vai trò có nhắc đến từ đó.</translation>
    </message>
    <message>
        <source>Role description</source>
        <translation>Mô tả vai trò</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>So sánh…</translation>
    </message>
    <message>
        <source>Compare this role</source>
        <translation>So sánh vai trò này</translation>
    </message>
    <message>
        <source>No role mentions that. Try another word.</source>
        <translation>Không vai trò nào nhắc đến từ này. Hãy thử từ khác.</translation>
    </message>
    <message>
        <source>Role library</source>
        <translation>Thư viện vai trò</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>No keyboard shortcuts are defined.</source>
        <translation>Chưa có phím tắt nào.</translation>
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
        <translation>Người đảm nhận</translation>
    </message>
    <message>
        <source>Roles covered</source>
        <translation>Vai trò đảm nhận</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Chi phí hằng tháng</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>%1 a month</source>
        <translation>%1 mỗi tháng</translation>
    </message>
    <message>
        <source>Covers: %1</source>
        <translation>Đảm nhận: %1</translation>
    </message>
    <message>
        <source>Compare with the specialists</source>
        <translation>So sánh với các chuyên viên</translation>
    </message>
    <message>
        <source>Compare this combined role with the specialist roles it replaces.</source>
        <translation>So sánh vai trò kiêm nhiệm này với các vai trò chuyên môn mà nó thay thế.</translation>
    </message>
    <message>
        <source>Describe your business on the left to see a recommended team.</source>
        <translation>Hãy mô tả doanh nghiệp của bạn ở bên trái để xem đội ngũ đề xuất.</translation>
    </message>
    <message>
        <source>This team costs %1 a month, within your budget of %2.</source>
        <translation>Chi phí của đội ngũ này là %1 mỗi tháng, nằm trong ngân sách %2 của bạn.</translation>
    </message>
    <message>
        <source>This team costs %1 a month, over your budget of %2.</source>
        <translation>Chi phí của đội ngũ này là %1 mỗi tháng, vượt ngân sách %2 của bạn.</translation>
    </message>
    <message>
        <source>No one fits within a budget of %1 a month yet.</source>
        <translation>Ngân sách %1 mỗi tháng chưa đủ để thuê bất kỳ ai.</translation>
    </message>
    <message>
        <source>This team covers about %1 of the marketing work your profile calls for.</source>
        <translation>Đội ngũ này đáp ứng khoảng %1 khối lượng công việc tiếp thị mà doanh nghiệp bạn cần.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>numbered list item</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No channel stands out for this profile.</source>
        <translation>Không có kênh nào nổi bật với hồ sơ doanh nghiệp này.</translation>
    </message>
    <message>
        <source>This team already covers every role.</source>
        <translation>Đội ngũ này đã đảm nhận mọi vai trò.</translation>
    </message>
    <message>
        <source>Monthly spend against your budget</source>
        <translation>Chi tiêu hằng tháng so với ngân sách</translation>
    </message>
    <message>
        <source>Recommended team</source>
        <translation>Đội ngũ đề xuất</translation>
    </message>
    <message>
        <source>Not in the team yet</source>
        <translation>Chưa có trong đội ngũ</translation>
    </message>
    <message>
        <source>Roles not in the team yet</source>
        <translation>Vai trò chưa có trong đội ngũ</translation>
    </message>
    <message>
        <source>Every role is covered.</source>
        <translation>Mọi vai trò đều đã có người đảm nhận.</translation>
    </message>
    <message>
        <source>Channels to favour</source>
        <translation>Các kênh nên ưu tiên</translation>
    </message>
    <message>
        <source>Next steps as the budget grows</source>
        <translation>Các bước tiếp theo khi ngân sách tăng</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Lưu ý</translation>
    </message>
</context>
</TS>
