# ハローワークの所在地・管轄 (the office directory), open to everyone.

offices-heading = Hello Work offices and their areas
offices-lead = Choose a prefecture to see its Hello Work offices with their address, phone number and opening hours, and the municipalities each one serves. Choose the municipality you live in (for a company, where it is located) to find the office that handles your procedures.
offices-prefecture = Prefecture
offices-municipality = Municipality
offices-all-municipalities = (All municipalities)
offices-choose-prefecture = Choose a prefecture.
offices-loading = Loading the offices…
# $count: how many offices the prefecture has.
offices-count = Hello Work offices in { $prefecture } ({ $count })
# $municipality: a municipality's name; $office: the office's name.
offices-covering = { $municipality } is served by { $office }.
offices-none-covering = No office is registered for { $municipality }.
offices-address = Address
offices-phone = Phone
offices-hours = Opening hours
offices-jurisdiction = Area served
offices-demo = Demo
offices-demo-note = These offices were made up for the demo. Their addresses and phone numbers are not those of real offices.
offices-failed = The offices could not be loaded.
offices-retry = Load again
offices-separator = {", "}
