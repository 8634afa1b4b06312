<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>TeamBuilder helps a small business decide which digital-marketing roles to hire, which to combine into one person and which to outsource, for its size, market and monthly budget. It works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the role content comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles, their ratings, pros, cons and advice are written in our own words from five articles in Persian, Arabic, Romanian and Vietnamese:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the cost figures come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default salaries and rates come from public sources; every figure can be changed under Edit &gt; Cost Assumptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the {licence} licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persian and Arabic text is shown in the Vazirmatn font by Saber Rastikerdar, shipped under the SIL Open Font License 1.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About TeamBuilder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Your changes could not be autosaved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TeamBuilder did not close properly. Your unsaved changes to “%1” from %2 were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TeamBuilder did not close properly. Your unsaved plan from %2 was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it to go on where you stopped, or discard it for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetChart</name>
    <message>
        <source>No one fits within this budget yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1 (over by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget %1 (%2 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team costs %1 a month of a %2 monthly budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Made of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the role does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key advantage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role}: about {share} of its work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to four roles fit side by side; left out: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the role catalogue, so not shown: {ids}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It also takes on smaller parts of: {names}. Up to four roles fit side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least two roles or combined roles to see them side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined role: one person, several roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role from the seed table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with its roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this combined role next to the specialists whose work it takes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} of {steps} steps filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role in column {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the role or combined role shown in this column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a three-letter currency code such as USD, EUR or RON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the currency does not convert the figures: type them in that currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary to full employer cost. Source: {publisher}, {title} ({year}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salary to full employer cost. Changed by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost Assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan costs each role with these figures. Each one names its public source and year; point at a figure for details. Double-click a figure to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three-letter code of the currency of every amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer &amp;on-cost multiplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer on-cost multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An employee costs more than the salary: taxes, insurance and benefits. 1.29 means 29% on top of the salary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in figures from the public sources again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-time employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-time employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freelancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fractional leader (part-time, outside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a number. Type digits, for example 4500 or 4,500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a share between 1 and 100 percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a multiplier between 1 and 3; 1.29 means 29% on top of the salary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source and year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} an hour, {hours} hours a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} of the full-time cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{publisher}, {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption: share of the full-time cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed this figure; Reset to Defaults restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand-in occupation: {proxy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully loaded monthly cost used by the plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeferredModel</name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month (%2)</source>
        <comment>cost to add a role, then how it would be staffed</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The report could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1%</source>
        <comment>a percentage, e.g. 60%</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This view is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan under a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the plan as a PDF report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the team lines as a CSV spreadsheet file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cost Assumptions...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See and change the salaries and rates the plan is costed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About TeamBuilder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended &amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role &amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TeamBuilder plans (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s cost assumptions cannot be used, so the built-in figures are used instead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing team plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your cost assumptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These cost assumptions cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This feature is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mode</name>
    <message>
        <source>Full-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freelancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <comment>plan name, then the application name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>Company &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people work in the whole company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;ket focus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Businesses (B2B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumers (B2C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether you sell to other businesses, to consumers, or to both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly &amp;budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can spend each month on marketing people and services, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can spend each month on marketing people and services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the cost assumptions (Edit &gt; Cost assumptions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time h&amp;orizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether results must come quickly or you are building for the long term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand &amp;awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get known by more of the people you sell to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More &amp;leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More enquiries and prospects for your sales team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;nline sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell more through your website or online shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring existing customers back and keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles already covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the roles someone in the company already does, so the plan does not hire for them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ratings</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation complexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from the roles it merges: as demanding as its most demanding part ({roles}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rating}: {word} ({step} of {steps}). {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating meter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Businesses (B2B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumers (B2C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Businesses and consumers (B2B and B2C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget for marketing people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles already covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left in the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation complexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key advantage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} a month ({mode})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What adding it would cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital marketing team plan, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with {app} {version} on {date}. Costs are in {currency}, including employer on-costs (x{multiplier}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles, ratings and advice come from these articles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost figures come from these public sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending against the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommended roles side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles left for later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels to favour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps as the budget grows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one fits within this budget yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleLibrary</name>
    <message>
        <source>Leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eight roles of a digital marketing team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person taking on parts of several roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined role: one person taking on parts of several roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{level} role from the seed table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key advantage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to measure it (KPIs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {name} side by side with other roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search roles, tasks, KPIs, channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word to list only the roles that mention it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role mentions that. Try another word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyboard shortcuts are defined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>%1 %2</source>
        <comment>role name, then the share of its work, e.g. &apos;SEO 60%&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>%1 a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the specialists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this combined role with the specialist roles it replaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe your business on the left to see a recommended team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team costs %1 a month, within your budget of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team costs %1 a month, over your budget of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one fits within a budget of %1 a month yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team covers about %1 of the marketing work your profile calls for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>numbered list item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No channel stands out for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This team already covers every role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly spend against your budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the team yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles not in the team yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every role is covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels to favour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps as the budget grows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
