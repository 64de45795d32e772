# The service's refusals, in the language each request asks for (Accept-Language).

error-internal = Something went wrong in the service. Please try again in a little while.
error-no-such-url = This address does not exist.
error-query-too-long = The search conditions are too long (at most { $max } bytes). Use fewer conditions.
error-query-malformed = The search conditions are malformed ({ $cause }).
error-no-such-job = There is no job with the number { $number }.
error-no-such-prefecture = There is no prefecture with the code "{ $code }". Give two digits from 01 to 47.
