// libphonenumber (Debian's libphonenumber-dev, C++) as the peer and the oracle for Crm\Phone.
//   phone_oracle time FILE     parse + isValid + format(E164) per line, prints ns/number
//   phone_oracle list FILE     prints "valid<TAB>e164" (or "invalid<TAB>-") per line
// FILE: one "REGION<TAB>number" per line.
#include <phonenumbers/phonenumberutil.h>
#include <phonenumbers/phonenumber.pb.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

int main(int argc, char **argv)
{
	if (argc != 3) {
		std::cerr << "usage: phone_oracle time|list FILE\n";
		return 2;
	}
	std::ifstream in(argv[2]);
	std::vector<std::pair<std::string, std::string>> rows;
	for (std::string line; std::getline(in, line);) {
		size_t tab = line.find('\t');
		if (tab != std::string::npos) {
			rows.emplace_back(line.substr(0, tab), line.substr(tab + 1));
		}
	}
	const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
	std::string mode = argv[1];
	if (mode == "list") {
		for (auto &r : rows) {
			PhoneNumber n;
			std::string e164;
			if (util.Parse(r.second, r.first, &n) == PhoneNumberUtil::NO_PARSING_ERROR && util.IsValidNumber(n)) {
				util.Format(n, PhoneNumberUtil::E164, &e164);
				std::cout << "valid\t" << e164 << "\n";
			} else {
				std::cout << "invalid\t-\n";
			}
		}
		return 0;
	}
	// time: best of 5 passes, as the PHP side does
	double best = 1e18;
	size_t valid = 0;
	for (int pass = 0; pass < 5; pass++) {
		valid = 0;
		auto t0 = std::chrono::steady_clock::now();
		for (auto &r : rows) {
			PhoneNumber n;
			std::string e164;
			if (util.Parse(r.second, r.first, &n) == PhoneNumberUtil::NO_PARSING_ERROR && util.IsValidNumber(n)) {
				util.Format(n, PhoneNumberUtil::E164, &e164);
				valid++;
			}
		}
		double ns = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - t0).count() / rows.size();
		if (ns < best) {
			best = ns;
		}
	}
	std::printf("%.1f %zu\n", best, valid);
	return 0;
}
