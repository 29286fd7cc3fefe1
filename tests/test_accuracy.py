"""An accuracy floor on real orders, so a change that helps one order cannot quietly hurt others.

tests/data/orders (29 real docket texts), tests/data/heldout (17), heldout2 (15), heldout3 (12),
heldout4 (15), heldout5 (15), heldout6 (15), heldout7 (15), heldout8 (15), heldout9 (15), heldout10 (15), heldout11 (15), heldout12 (15), heldout13 ... heldout538 (1-17 each; real orders gathered after the rules were written, each set measured
first, then used) are scored as ../shared/tools/score.py scores them. The floors sit a
little under today's figures; raise them as the extractor improves, never lower them to pass.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import DATA, extracted
from tests.scoring import counts, summary
from viewer.cli import timeline_json

# (Session 19 lowered four floors on purpose: heldout3, 26, 42 and 69 label a confidential settlement statement sent to
# chambers "filing"; LABELLING.md rule 4 and 25 of the 31 held-out golds for such statements say "other", which the
# extractor now gives. Twenty other sets went up with it. Session 20 lowered heldout148's: its South Carolina order
# "effective immediately" has no event on the entry date, where five of six golds with that phrase calendar one; and
# "heldout"'s: its C.D. Cal. gold calls "Last date to hear motions is 1/6/2014 at 9:30 a.m." a hearing, where the three
# later golds for a last day to hear motions call it a cut-off, other, under LABELLING.md rule 1; and heldout215's: its
# Texas CCA gold leaves "within 30 days after the date applicant files his brief" undated, where the extractor, now
# finding a second count in a sentence, counts it from the applicant's brief deadline as heldout323's gold counts "one
# week after" the pretrial order's.)
FLOORS = {"orders": (0.99, 0.99), "heldout": (0.92, 0.93), "heldout2": (0.99, 0.99), "heldout3": (0.93, 0.98),
          "heldout4": (0.90, 0.95), "heldout5": (0.91, 0.96), "heldout6": (0.90, 0.93), "heldout7": (0.90, 0.94),
          "heldout8": (0.94, 0.98), "heldout9": (0.99, 0.99), "heldout10": (0.94, 0.94), "heldout11": (0.87, 0.90),
          "heldout12": (0.97, 0.97), "heldout13": (0.98, 0.98), "heldout14": (0.95, 0.98), "heldout15": (0.93, 0.99),
          "heldout16": (0.94, 0.94), "heldout17": (0.99, 0.99), "heldout18": (0.91, 0.97), "heldout19": (0.91, 0.93),
          "heldout20": (0.87, 0.94), "heldout21": (0.94, 0.94), "heldout22": (0.93, 0.96), "heldout23": (0.96, 0.98),
          "heldout24": (0.90, 0.95), "heldout25": (0.96, 0.96), "heldout26": (0.89, 0.95), "heldout27": (0.96, 0.96),
          "heldout28": (0.91, 0.98), "heldout29": (0.99, 0.99), "heldout30": (0.91, 0.94), "heldout31": (0.94, 0.94),
          "heldout32": (0.92, 0.96), "heldout33": (0.98, 0.98), "heldout34": (0.91, 0.98), "heldout35": (0.87, 0.93),
          "heldout36": (0.93, 0.96), "heldout37": (0.95, 0.97), "heldout38": (0.83, 0.91), "heldout39": (0.98, 0.98),
          "heldout40": (0.95, 0.96), "heldout41": (0.88, 0.88), "heldout42": (0.90, 0.93), "heldout43": (0.80, 0.87),
          "heldout44": (0.87, 0.94), "heldout45": (0.98, 0.98), "heldout46": (0.88, 0.93), "heldout47": (0.89, 0.91),
          "heldout48": (0.95, 0.98), "heldout49": (0.89, 0.94), "heldout50": (0.90, 0.96), "heldout51": (0.93, 0.97),
          "heldout52": (0.77, 0.86), "heldout53": (0.89, 0.92), "heldout54": (0.80, 0.80), "heldout55": (0.85, 0.90),
          "heldout56": (0.93, 0.99), "heldout57": (0.94, 0.94), "heldout58": (0.97, 0.99), "heldout59": (0.99, 0.99),
          "heldout60": (0.91, 0.95), "heldout61": (0.84, 0.93), "heldout62": (0.97, 0.97), "heldout63": (0.86, 0.88),
          "heldout64": (0.82, 0.91), "heldout65": (0.88, 0.93), "heldout66": (0.70, 0.77), "heldout67": (0.89, 0.90),
          "heldout68": (0.93, 0.93), "heldout69": (0.91, 0.95), "heldout70": (0.87, 0.87), "heldout71": (0.94, 0.97),
          "heldout72": (0.94, 0.94), "heldout73": (0.70, 0.70), "heldout74": (0.90, 0.90), "heldout75": (0.92, 0.94),
          "heldout76": (0.94, 0.97), "heldout77": (0.79, 0.85), "heldout78": (0.92, 0.92), "heldout79": (0.93, 0.93),
          "heldout80": (0.91, 0.98), "heldout81": (0.94, 0.94), "heldout82": (0.86, 0.98), "heldout83": (0.85, 0.89),
          "heldout84": (0.85, 0.85), "heldout85": (0.83, 0.94), "heldout86": (0.83, 0.87), "heldout87": (0.82, 0.94),
          "heldout88": (0.91, 0.95), "heldout89": (0.86, 0.96), "heldout90": (0.82, 0.93), "heldout91": (0.90, 0.99),
          "heldout92": (0.93, 0.99), "heldout93": (0.96, 0.99), "heldout94": (0.83, 0.90), "heldout95": (0.99, 0.99),
          "heldout96": (0.82, 0.96), "heldout97": (0.99, 0.99), "heldout98": (0.85, 0.92), "heldout99": (0.99, 0.99),
          "heldout100": (0.91, 0.97), "heldout101": (0.79, 0.90), "heldout102": (0.83, 0.91),
          "heldout103": (0.95, 0.95), "heldout104": (0.85, 0.95), "heldout105": (0.73, 0.87),
          "heldout106": (0.66, 0.66), "heldout107": (0.90, 0.94), "heldout108": (0.97, 0.97),
          "heldout109": (0.95, 0.95), "heldout110": (0.66, 0.91), "heldout111": (0.87, 0.92),
          "heldout112": (0.75, 0.87), "heldout113": (0.75, 0.83), "heldout114": (0.78, 0.95),
          "heldout115": (0.83, 0.88), "heldout116": (0.96, 0.96), "heldout117": (0.90, 0.98),
          "heldout118": (0.91, 0.91), "heldout119": (0.97, 0.97), "heldout120": (0.82, 0.90),
          "heldout121": (0.87, 0.95), "heldout122": (0.83, 0.94), "heldout123": (0.92, 0.95),
          "heldout124": (0.99, 0.99), "heldout125": (0.90, 0.99), "heldout126": (0.97, 0.97),
          "heldout127": (0.92, 0.99), "heldout128": (0.93, 0.93), "heldout129": (0.99, 0.99),
          "heldout130": (0.88, 0.92), "heldout131": (0.80, 0.80), "heldout132": (0.97, 0.97),
          "heldout133": (0.90, 0.90), "heldout134": (0.84, 0.94), "heldout135": (0.92, 0.96),
          "heldout136": (0.80, 0.80), "heldout137": (0.99, 0.99), "heldout138": (0.85, 0.85),
          "heldout139": (0.99, 0.99), "heldout140": (0.61, 0.76), "heldout141": (0.90, 0.99),
          "heldout142": (0.93, 0.93), "heldout143": (0.90, 0.96), "heldout144": (0.87, 0.87),
          "heldout145": (0.97, 0.99), "heldout146": (0.99, 0.99), "heldout147": (0.94, 0.94),
          "heldout148": (0.83, 0.86), "heldout149": (0.95, 0.98), "heldout150": (0.75, 0.86),
          "heldout151": (0.99, 0.99), "heldout152": (0.99, 0.99), "heldout153": (0.90, 0.96),
          "heldout154": (0.99, 0.99), "heldout155": (0.93, 0.97), "heldout156": (0.80, 0.96),
          "heldout157": (0.89, 0.95), "heldout158": (0.95, 0.95), "heldout159": (0.90, 0.94),
          "heldout160": (0.92, 0.99), "heldout161": (0.97, 0.97), "heldout162": (0.88, 0.93),
          "heldout163": (0.70, 0.88), "heldout164": (0.93, 0.99), "heldout165": (0.81, 0.91),
          "heldout166": (0.99, 0.99), "heldout167": (0.90, 0.90), "heldout168": (0.59, 0.81),
          "heldout169": (0.90, 0.93), "heldout170": (0.92, 0.92), "heldout171": (0.72, 0.89),
          "heldout172": (0.99, 0.99), "heldout173": (0.56, 0.64), "heldout174": (0.99, 0.99),
          "heldout175": (0.95, 0.95), "heldout176": (0.99, 0.99), "heldout177": (0.83, 0.83),
          "heldout178": (0.99, 0.99), "heldout179": (0.89, 0.89), "heldout180": (0.99, 0.99),
          "heldout181": (0.89, 0.89), "heldout182": (0.96, 0.96), "heldout183": (0.94, 0.99),
          "heldout184": (0.80, 0.80), "heldout185": (0.72, 0.92), "heldout186": (0.62, 0.68),
          "heldout187": (0.94, 0.94), "heldout188": (0.68, 0.75), "heldout189": (0.95, 0.95),
          "heldout190": (0.99, 0.99), "heldout191": (0.99, 0.99), "heldout192": (0.99, 0.99),
          "heldout193": (0.84, 0.84), "heldout194": (0.99, 0.99), "heldout195": (0.99, 0.99),
          "heldout196": (0.97, 0.99), "heldout197": (0.99, 0.99), "heldout198": (0.93, 0.96),
          "heldout199": (0.96, 0.96), "heldout200": (0.93, 0.96), "heldout201": (0.93, 0.93),
          "heldout202": (0.90, 0.95), "heldout203": (0.92, 0.92), "heldout204": (0.83, 0.94),
          "heldout205": (0.85, 0.92), "heldout206": (0.98, 0.98), "heldout207": (0.92, 0.99),
          "heldout208": (0.94, 0.94), "heldout209": (0.76, 0.76), "heldout210": (0.99, 0.99),
          "heldout211": (0.99, 0.99), "heldout212": (0.98, 0.98), "heldout213": (0.99, 0.99),
          "heldout214": (0.98, 0.98), "heldout215": (0.91, 0.91), "heldout216": (0.94, 0.98),
          "heldout217": (0.99, 0.99), "heldout218": (0.94, 0.94), "heldout219": (0.99, 0.99),
          "heldout220": (0.88, 0.98), "heldout221": (0.99, 0.99), "heldout222": (0.85, 0.91),
          "heldout223": (0.79, 0.91), "heldout224": (0.86, 0.93), "heldout225": (0.99, 0.99),
          "heldout226": (0.93, 0.96), "heldout227": (0.93, 0.93), "heldout228": (0.91, 0.97),
          "heldout229": (0.86, 0.86), "heldout230": (0.80, 0.92), "heldout231": (0.97, 0.97),
          "heldout232": (0.97, 0.97), "heldout233": (0.85, 0.92), "heldout234": (0.91, 0.97),
          "heldout235": (0.88, 0.96), "heldout236": (0.75, 0.99), "heldout237": (0.87, 0.95),
          "heldout238": (0.99, 0.99), "heldout239": (0.91, 0.95), "heldout240": (0.83, 0.83),
          "heldout241": (0.85, 0.96), "heldout242": (0.68, 0.73), "heldout243": (0.84, 0.90),
          "heldout244": (0.66, 0.78), "heldout245": (0.95, 0.95), "heldout246": (0.82, 0.82),
          "heldout247": (0.85, 0.92), "heldout248": (0.91, 0.91), "heldout249": (0.85, 0.96),
          "heldout250": (0.99, 0.99), "heldout251": (0.98, 0.98), "heldout252": (0.91, 0.99),
          "heldout253": (0.86, 0.86), "heldout254": (0.99, 0.99), "heldout255": (0.84, 0.92),
          "heldout256": (0.91, 0.91), "heldout257": (0.88, 0.93), "heldout258": (0.85, 0.95),
          "heldout259": (0.81, 0.81), "heldout260": (0.79, 0.93), "heldout261": (0.97, 0.97),
          "heldout262": (0.50, 0.83), "heldout263": (0.90, 0.96), "heldout264": (0.90, 0.90),
          "heldout265": (0.89, 0.89), "heldout266": (0.99, 0.99), "heldout267": (0.83, 0.85),
          "heldout268": (0.74, 0.81), "heldout269": (0.90, 0.96), "heldout270": (0.73, 0.73),
          "heldout271": (0.92, 0.97), "heldout272": (0.87, 0.96), "heldout273": (0.82, 0.91),
          "heldout274": (0.92, 0.92), "heldout275": (0.93, 0.95), "heldout276": (0.89, 0.89),
          "heldout277": (0.93, 0.97), "heldout278": (0.69, 0.99), "heldout279": (0.90, 0.96),
          "heldout280": (0.72, 0.80), "heldout281": (0.79, 0.89), "heldout282": (0.90, 0.90),
          "heldout283": (0.85, 0.92), "heldout284": (0.76, 0.85), "heldout285": (0.86, 0.90),
          "heldout286": (0.99, 0.99), "heldout287": (0.88, 0.88), "heldout288": (0.86, 0.95),
          "heldout289": (0.88, 0.94), "heldout290": (0.90, 0.90), "heldout291": (0.89, 0.92),
          "heldout292": (0.99, 0.99), "heldout293": (0.95, 0.99), "heldout294": (0.00, 0.66),
          "heldout295": (0.98, 0.98), "heldout296": (0.99, 0.99), "heldout297": (0.89, 0.96),
          "heldout298": (0.70, 0.82), "heldout299": (0.93, 0.95), "heldout300": (0.99, 0.99),
          "heldout301": (0.82, 0.94), "heldout302": (0.99, 0.99), "heldout303": (0.96, 0.99),
          "heldout304": (0.99, 0.99), "heldout305": (0.90, 0.96), "heldout306": (0.99, 0.99),
          "heldout307": (0.97, 0.97), "heldout308": (0.94, 0.94), "heldout309": (0.88, 0.92),
          "heldout310": (0.94, 0.94), "heldout311": (0.94, 0.96), "heldout312": (0.88, 0.88),
          "heldout313": (0.99, 0.99), "heldout314": (0.95, 0.95), "heldout315": (0.96, 0.96),
          "heldout316": (0.99, 0.99), "heldout317": (0.97, 0.97), "heldout318": (0.93, 0.93),
          "heldout319": (0.99, 0.99), "heldout320": (0.99, 0.99), "heldout321": (0.83, 0.98),
          "heldout322": (0.74, 0.74), "heldout323": (0.79, 0.84), "heldout324": (0.72, 0.72),
          "heldout325": (0.91, 0.91), "heldout326": (0.88, 0.88), "heldout327": (0.84, 0.96),
          "heldout328": (0.99, 0.99), "heldout329": (0.75, 0.90), "heldout330": (0.48, 0.72),
          "heldout331": (0.93, 0.93), "heldout332": (0.81, 0.99), "heldout333": (0.97, 0.97),
          "heldout334": (0.90, 0.90), "heldout335": (0.88, 0.93), "heldout336": (0.80, 0.80),
          "heldout337": (0.80, 0.80), "heldout338": (0.79, 0.93), "heldout339": (0.72, 0.80),
          "heldout340": (0.90, 0.90), "heldout341": (0.76, 0.85), "heldout342": (0.93, 0.93),
          "heldout343": (0.82, 0.95), "heldout344": (0.99, 0.99), "heldout345": (0.96, 0.96),
          "heldout346": (0.66, 0.66), "heldout347": (0.90, 0.96), "heldout348": (0.88, 0.94),
          "heldout349": (0.81, 0.92), "heldout350": (0.45, 0.51), "heldout351": (0.92, 0.95),
          "heldout352": (0.93, 0.96), "heldout353": (0.75, 0.90), "heldout354": (0.93, 0.93),
          "heldout355": (0.80, 0.90), "heldout356": (0.63, 0.84), "heldout357": (0.84, 0.94),
          "heldout358": (0.84, 0.89), "heldout359": (0.94, 0.94), "heldout360": (0.64, 0.80),
          "heldout361": (0.85, 0.91), "heldout362": (0.80, 0.80), "heldout363": (0.88, 0.94),
          "heldout364": (0.95, 0.95), "heldout365": (0.72, 0.81), "heldout366": (0.72, 0.72),
          "heldout367": (0.89, 0.93), "heldout368": (0.81, 0.90), "heldout369": (0.99, 0.99),
          "heldout370": (0.80, 0.80), "heldout371": (0.88, 0.88), "heldout372": (0.99, 0.99),
          "heldout373": (0.91, 0.91), "heldout374": (0.99, 0.99), "heldout375": (0.99, 0.99),
          "heldout376": (0.99, 0.99), "heldout377": (0.99, 0.99), "heldout378": (0.74, 0.74),
          "heldout379": (0.99, 0.99), "heldout380": (0.61, 0.84), "heldout381": (0.94, 0.94),
          "heldout382": (0.76, 0.92), "heldout383": (0.99, 0.99), "heldout384": (0.91, 0.91),
          "heldout385": (0.92, 0.97), "heldout386": (0.99, 0.99), "heldout387": (0.99, 0.99),
          "heldout388": (0.84, 0.92), "heldout389": (0.99, 0.99), "heldout390": (0.99, 0.99),
          "heldout391": (0.40, 0.60), "heldout392": (0.81, 0.81), "heldout393": (0.71, 0.71),
          "heldout394": (0.96, 0.96), "heldout395": (0.89, 0.89), "heldout396": (0.97, 0.97),
          "heldout397": (0.99, 0.99), "heldout398": (0.97, 0.97), "heldout399": (0.85, 0.85),
          "heldout400": (0.97, 0.97), "heldout401": (0.60, 0.69), "heldout402": (0.96, 0.96),
          "heldout403": (0.63, 0.63), "heldout404": (0.88, 0.99), "heldout405": (0.73, 0.86),
          "heldout406": (0.89, 0.89), "heldout407": (0.92, 0.92), "heldout408": (0.88, 0.88),
          "heldout409": (0.78, 0.84), "heldout410": (0.89, 0.94), "heldout411": (0.61, 0.85),
          "heldout412": (0.87, 0.93), "heldout413": (0.99, 0.99), "heldout414": (0.85, 0.89),
          "heldout415": (0.73, 0.94), "heldout416": (0.81, 0.81), "heldout417": (0.99, 0.99),
          "heldout418": (0.85, 0.95), "heldout419": (0.49, 0.75), "heldout420": (0.99, 0.99),
          "heldout421": (0.40, 0.40), "heldout422": (0.99, 0.99), "heldout423": (0.40, 0.80),
          "heldout424": (0.78, 0.90), "heldout425": (0.90, 0.90), "heldout426": (0.82, 0.87),
          "heldout427": (0.66, 0.83), "heldout428": (0.66, 0.73), "heldout429": (0.95, 0.95),
          "heldout430": (0.93, 0.93), "heldout431": (0.81, 0.90), "heldout432": (0.99, 0.99),
          "heldout433": (0.94, 0.94), "heldout434": (0.00, 0.00), "heldout435": (0.91, 0.91),
          "heldout436": (0.90, 0.90), "heldout437": (0.91, 0.91), "heldout438": (0.99, 0.99),
          "heldout439": (0.87, 0.87), "heldout440": (0.70, 0.78), "heldout441": (0.99, 0.99),
          "heldout442": (0.99, 0.99), "heldout443": (0.66, 0.66), "heldout444": (0.96, 0.96),
          "heldout445": (0.87, 0.87), "heldout446": (0.91, 0.91), "heldout447": (0.71, 0.85),
          "heldout448": (0.91, 0.91), "heldout449": (0.77, 0.94), "heldout450": (0.86, 0.95),
          "heldout452": (0.99, 0.99), "heldout453": (0.28, 0.85), "heldout454": (0.99, 0.99),
          "heldout455": (0.57, 0.85), "heldout456": (0.82, 0.82), "heldout457": (0.00, 0.00),
          "heldout458": (0.99, 0.99), "heldout459": (0.75, 0.87), "heldout460": (0.96, 0.96),
          "heldout461": (0.88, 0.88), "heldout462": (0.99, 0.99), "heldout463": (0.95, 0.95),
          "heldout464": (0.96, 0.96), "heldout465": (0.88, 0.88), "heldout466": (0.67, 0.76),
          "heldout467": (0.92, 0.92), "heldout468": (0.94, 0.94), "heldout469": (0.76, 0.92),
          "heldout470": (0.99, 0.99), "heldout471": (0.83, 0.83), "heldout472": (0.85, 0.90),
          "heldout473": (0.99, 0.99), "heldout474": (0.83, 0.91), "heldout475": (0.85, 0.85),
          "heldout476": (0.94, 0.94), "heldout477": (0.60, 0.60), "heldout478": (0.83, 0.88),
          "heldout479": (0.99, 0.99), "heldout480": (0.99, 0.99), "heldout481": (0.99, 0.99),
          "heldout482": (0.93, 0.93), "heldout483": (0.66, 0.66), "heldout484": (0.84, 0.92),
          "heldout485": (0.70, 0.90), "heldout486": (0.89, 0.93), "heldout487": (0.99, 0.99),
          "heldout488": (0.80, 0.80), "heldout489": (0.99, 0.99), "heldout490": (0.85, 0.85),
          "heldout491": (0.99, 0.99), "heldout492": (0.99, 0.99), "heldout493": (0.93, 0.93),
          "heldout494": (0.99, 0.99), "heldout495": (0.66, 0.79), "heldout496": (0.92, 0.92),
          "heldout497": (0.90, 0.99), "heldout498": (0.99, 0.99), "heldout499": (0.99, 0.99),
          "heldout500": (0.99, 0.99), "heldout501": (0.83, 0.99), "heldout502": (0.82, 0.94),
          "heldout503": (0.82, 0.94), "heldout504": (0.78, 0.96), "heldout505": (0.00, 0.36),
          "heldout506": (0.96, 0.96), "heldout507": (0.75, 0.87), "heldout508": (0.72, 0.86),
          "heldout509": (0.75, 0.99), "heldout510": (0.87, 0.93), "heldout511": (0.75, 0.75),
          "heldout512": (0.73, 0.94), "heldout513": (0.53, 0.76), "heldout514": (0.99, 0.99),
          "heldout515": (0.62, 0.87), "heldout516": (0.89, 0.89), "heldout517": (0.00, 0.00),
          "heldout518": (0.80, 0.87), "heldout519": (0.70, 0.70), "heldout520": (0.99, 0.99),
          "heldout521": (0.93, 0.93), "heldout522": (0.83, 0.91), "heldout523": (0.99, 0.99),
          "heldout524": (0.94, 0.94), "heldout525": (0.66, 0.66), "heldout526": (0.99, 0.99),
          "heldout527": (0.99, 0.99), "heldout528": (0.88, 0.99), "heldout529": (0.20, 0.20),
          "heldout530": (0.99, 0.99), "heldout531": (0.99, 0.99), "heldout532": (0.92, 0.92),
          "heldout533": (0.99, 0.99), "heldout534": (0.84, 0.94), "heldout535": (0.66, 0.66),
          "heldout537": (0.71, 0.85), "heldout538": (0.99, 0.99)}  # (strict-F1, date-F1)


def _score(folder: Path) -> dict[str, float]:
    tallies = []
    for case in sorted(p for p in folder.iterdir() if (p / "gold.json").exists()):
        gold = json.loads((case / "gold.json").read_text())
        events = timeline_json(extracted(case / "order.txt"))["events"]
        tallies.append(counts(gold, events))
    return summary(tallies)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_accuracy_floor(name: str) -> None:
    result = _score(DATA / name)
    strict, date = FLOORS[name]
    assert result["strict_f1"] >= strict and result["date_f1"] >= date, result
